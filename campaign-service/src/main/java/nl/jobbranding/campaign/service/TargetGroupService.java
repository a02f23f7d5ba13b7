package nl.jobbranding.campaign.service;

import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.campaign.api.TargetGroup;
import nl.jobbranding.campaign.api.TargetGroupInput;
import nl.jobbranding.campaign.mapping.ApiMapper;
import nl.jobbranding.campaign.model.TargetGroupEntity;
import nl.jobbranding.campaign.repository.CampaignRepository;
import nl.jobbranding.campaign.repository.SeriesRepository;
import nl.jobbranding.campaign.repository.TargetGroupRepository;

/** Target groups: the candidates campaigns and series want to reach. */
@ApplicationScoped
public class TargetGroupService {

    private static final String WHAT = "target group";

    private final TargetGroupRepository targetGroups;
    private final CampaignRepository campaigns;
    private final SeriesRepository series;

    TargetGroupService(TargetGroupRepository targetGroups, CampaignRepository campaigns, SeriesRepository series) {
        this.targetGroups = targetGroups;
        this.campaigns = campaigns;
        this.series = series;
    }

    @Transactional
    public Slice<TargetGroup> list(PageRequest page) {
        return Slice.of(targetGroups.pageAfter(page.after(), page.limit() + 1), page.limit(), t -> t.code, ApiMapper::toApi);
    }

    @Transactional
    public Versioned<TargetGroup> get(String code) {
        return versioned(find(code));
    }

    @Transactional
    public Versioned<TargetGroup> create(TargetGroupInput input) {
        if (targetGroups.findByIdOptional(input.code()).isPresent()) {
            throw ServiceException.conflict("Already exists", "There is already a target group '" + input.code() + "'.");
        }
        TargetGroupEntity entity = new TargetGroupEntity();
        ApiMapper.apply(input, entity);
        targetGroups.persist(entity);
        Writes.flush(targetGroups.getEntityManager(), WHAT);
        return versioned(entity);
    }

    @Transactional
    public Versioned<TargetGroup> update(String code, IfMatch ifMatch, TargetGroupInput input) {
        Codes.checkUnchanged("code", code, input.code());
        TargetGroupEntity entity = find(code);
        IfMatch.check(ifMatch, WHAT, entity.version);
        ApiMapper.apply(input, entity);
        Writes.flush(targetGroups.getEntityManager(), WHAT);
        return versioned(entity);
    }

    @Transactional
    public void delete(String code, IfMatch ifMatch) {
        TargetGroupEntity entity = find(code);
        IfMatch.checkIfGiven(ifMatch, WHAT, entity.version);
        long uses = campaigns.countUsingTargetGroup(code) + series.countUsingTargetGroup(code);
        if (uses > 0) {
            throw ServiceException.conflict("In use", "Target group '" + code + "' is used by " + uses
                    + " campaigns or series; remove it from those first.");
        }
        targetGroups.delete(entity);
    }

    private TargetGroupEntity find(String code) {
        return targetGroups.findByIdOptional(code).orElseThrow(() -> ServiceException.notFound(WHAT, code));
    }

    private static Versioned<TargetGroup> versioned(TargetGroupEntity entity) {
        return new Versioned<>(ApiMapper.toApi(entity), entity.version);
    }
}
