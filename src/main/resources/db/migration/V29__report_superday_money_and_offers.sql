-- Reports 4, 6 and 7 read SuperDays and offers by a date range: the decision clock by the day a SuperDay ended (live
-- days only), SuperDay money by the day the money became owed (the end of a held day, or its cancellation), and
-- offers by the day they were sent (drafted, while not sent yet).
create index superday_report_ended_idx on superday (ends_at) include (application_id) where status <> 'CANCELLED';
create index superday_report_owed_idx on superday ((coalesce(cancelled_at, ends_at)));
create index offer_report_counted_idx on offer ((coalesce(sent_at, created_at)));
