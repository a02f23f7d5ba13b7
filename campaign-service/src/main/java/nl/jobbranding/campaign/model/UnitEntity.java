package nl.jobbranding.campaign.model;

import nl.jobbranding.api.model.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation unit that tells about its work, with the contact point for candidates. */
@Entity
@Table(name = "unit")
public class UnitEntity extends Audited {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    public String description;

    /** Its staff must not be findable online (prison, prosecution, investigation). */
    @Column(nullable = false)
    public boolean sensitive;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    /** E.164, such as +31881234567. */
    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_url")
    public String contactUrl;
}
