package nl.jobbranding.campaign.model;

import nl.jobbranding.api.model.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group of candidates a campaign wants to reach, such as career switchers or ICT professionals. */
@Entity
@Table(name = "target_group")
public class TargetGroupEntity extends Audited {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    public String description;
}
