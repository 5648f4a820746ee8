-- A quota counts money sold (TAEs, TAMs) or, for BDRs, sales qualified opportunities generated.
alter table offer add column quota_unit varchar(20) not null default 'MONEY'
    check (quota_unit in ('MONEY', 'OPPORTUNITIES', 'TO_CONFIRM'));
alter table team_member add column quota_unit varchar(20) not null default 'MONEY'
    check (quota_unit in ('MONEY', 'OPPORTUNITIES', 'TO_CONFIRM'));

-- BDR offers so far took their quota as money; whether each figure meant money or opportunities is not
-- known, so they say so instead of being guessed. Saving an editable offer's terms again confirms it.
update offer set quota_unit = 'TO_CONFIRM' where role_type = 'BUSINESS_DEVELOPMENT_REP';
update team_member set quota_unit = 'TO_CONFIRM'
    where offer_id in (select id from offer where role_type = 'BUSINESS_DEVELOPMENT_REP');
