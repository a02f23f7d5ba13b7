package nl.jobbranding.campaign.service;

import nl.jobbranding.api.Texts;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.campaign.api.ContactPoint;
import nl.jobbranding.campaign.api.Unit;
import nl.jobbranding.campaign.api.UnitInput;
import nl.jobbranding.campaign.mapping.ApiMapper;
import nl.jobbranding.campaign.model.UnitEntity;
import nl.jobbranding.campaign.repository.SeriesRepository;
import nl.jobbranding.campaign.repository.UnitRepository;

import java.util.List;

/** Organisation units, their sensitivity and the contact point for candidates. */
@ApplicationScoped
public class UnitService {

    private static final String WHAT = "unit";
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final UnitRepository units;
    private final SeriesRepository series;

    UnitService(UnitRepository units, SeriesRepository series) {
        this.units = units;
        this.series = series;
    }

    @Transactional
    public Slice<Unit> list(PageRequest page, Boolean sensitive, List<String> codes) {
        return Slice.of(units.pageAfter(page.after(), sensitive, codes, page.limit() + 1), page.limit(), u -> u.code, ApiMapper::toApi);
    }

    @Transactional
    public Versioned<Unit> get(String code) {
        return versioned(find(code));
    }

    @Transactional
    public Versioned<Unit> create(UnitInput input) {
        ContactPoint contact = normalise(input.contact());
        if (units.findByIdOptional(input.code()).isPresent()) {
            throw ServiceException.conflict("Already exists", "There is already a unit '" + input.code() + "'.");
        }
        UnitEntity entity = new UnitEntity();
        entity.code = input.code();
        apply(input, contact, entity);
        units.persist(entity);
        Writes.flush(units.getEntityManager(), WHAT);
        return versioned(entity);
    }

    @Transactional
    public Versioned<Unit> update(String code, IfMatch ifMatch, UnitInput input) {
        Codes.checkUnchanged("code", code, input.code());
        ContactPoint contact = normalise(input.contact());
        UnitEntity entity = find(code);
        IfMatch.check(ifMatch, WHAT, entity.version);
        apply(input, contact, entity);
        Writes.flush(units.getEntityManager(), WHAT);
        return versioned(entity);
    }

    @Transactional
    public void delete(String code, IfMatch ifMatch) {
        UnitEntity entity = find(code);
        IfMatch.checkIfGiven(ifMatch, WHAT, entity.version);
        long uses = series.countOfUnit(code);
        if (uses > 0) {
            throw ServiceException.conflict("In use", "Unit '" + code + "' has " + uses + " series; delete or move those first.");
        }
        units.delete(entity);
    }

    private UnitEntity find(String code) {
        return units.findByIdOptional(code).orElseThrow(() -> ServiceException.notFound(WHAT, code));
    }

    /** A contact point needs a way to reach it; phone numbers are checked and stored in E.164 form. */
    private static ContactPoint normalise(ContactPoint contact) {
        String email = Texts.blankToNull(contact.email());
        String phone = Texts.blankToNull(contact.phone());
        String url = Texts.blankToNull(contact.url());
        if (email == null && phone == null && url == null) {
            throw ServiceException.invalid("contact", "needs an email, phone or url for candidates to reach");
        }
        if (phone != null) {
            try {
                Phonenumber.PhoneNumber number = PHONES.parse(phone, "NL");
                if (!PHONES.isValidNumber(number)) {
                    throw ServiceException.invalid("contact.phone", "is not a valid phone number");
                }
                phone = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            } catch (NumberParseException e) {
                throw ServiceException.invalid("contact.phone", "is not a phone number");
            }
        }
        return new ContactPoint(contact.name().strip(), email, phone, url);
    }

    private static void apply(UnitInput input, ContactPoint contact, UnitEntity entity) {
        entity.name = input.name().strip();
        entity.description = Texts.blankToNull(input.description());
        entity.sensitive = input.sensitive();
        entity.contactName = contact.name();
        entity.contactEmail = contact.email();
        entity.contactPhone = contact.phone();
        entity.contactUrl = contact.url();
    }

    private static Versioned<Unit> versioned(UnitEntity entity) {
        return new Versioned<>(ApiMapper.toApi(entity), entity.version);
    }
}
