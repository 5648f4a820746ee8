-- Whether the first three months pay 100% of OTE fixed is a setting per role type (the BDR section of the
-- handbook says both yes and no, so an admin decides). A role type without a row uses the default.
create table ramp_guarantee (
    role_type    varchar(40)  primary key,
    guaranteed   boolean      not null,
    updated_by   varchar(200) not null,
    updated_at   timestamptz  not null default now()
);

-- Each offer keeps the ramp terms it was drafted with; every offer so far showed the first three months at
-- 100% of OTE fixed, so that is what they keep.
alter table offer add column ramp_guaranteed boolean not null default true;
