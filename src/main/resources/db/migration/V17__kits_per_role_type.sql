-- A kit may be written for one role type at a stage; the stage's kit (role_type null) serves every other role.
alter table interview_kit add column role_type varchar(40)
    check (role_type in ('TECHNICAL_ACCOUNT_EXECUTIVE', 'TECHNICAL_ACCOUNT_MANAGER', 'CUSTOMER_SUCCESS_MANAGER',
                         'BUSINESS_DEVELOPMENT_REP', 'SALES_TEAM_LEAD'));
alter table interview_kit drop constraint interview_kit_stage_version_key;
create unique index interview_kit_version_key on interview_kit (stage, coalesce(role_type, ''), version);
