-- Every column holds what the API documents (maxLength) and accepts: a review's reasons (up to 4,000 characters)
-- become the story's state reason, and unit codes are up to 24 characters in campaign-service.
alter table story alter column state_reason type varchar(4000);
alter table story alter column unit_code type varchar(24);
alter table featured_person alter column unit_code type varchar(24);
