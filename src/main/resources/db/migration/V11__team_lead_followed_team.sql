-- A team lead's commission follows one team's quota attainment: that team is named by its manager.
alter table offer add column team_manager_id bigint references app_user (id);
create index offer_team_manager_idx on offer (team_manager_id);
