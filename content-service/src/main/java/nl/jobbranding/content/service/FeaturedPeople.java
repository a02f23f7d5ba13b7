package nl.jobbranding.content.service;

import nl.jobbranding.api.Problem.InvalidParam;
import nl.jobbranding.content.model.FeaturedPersonEntity;
import nl.jobbranding.content.repository.FeaturedPersonRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The featured people a story names, checked: each must exist and belong to the story's unit. */
final class FeaturedPeople {

    private FeaturedPeople() {
    }

    /**
     * The people with these ids, in the order given; an unknown id or a person of another unit becomes a problem at
     * {@code content.featuredPeople[i]} instead.
     */
    static List<FeaturedPersonEntity> ofUnit(FeaturedPersonRepository people, String unitCode, List<UUID> ids,
                                             List<InvalidParam> problems) {
        List<FeaturedPersonEntity> found = new ArrayList<>();
        if (ids == null || ids.isEmpty()) {
            return found;
        }
        Map<UUID, FeaturedPersonEntity> known = new HashMap<>();
        people.withIds(ids).forEach(p -> known.put(p.id, p));
        for (int index = 0; index < ids.size(); index++) {
            FeaturedPersonEntity person = known.get(ids.get(index));
            String path = "content.featuredPeople[" + index + "]";
            if (person == null) {
                problems.add(new InvalidParam(path, "there is no featured person '" + ids.get(index) + "'"));
            } else if (!person.unitCode.equals(unitCode)) {
                problems.add(new InvalidParam(path, "belongs to unit " + person.unitCode));
            } else {
                found.add(person);
            }
        }
        return found;
    }
}
