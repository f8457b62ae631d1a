-- "No conflict of interest" was stored as an empty string, which every count of
-- non-null declarations took for a declared conflict. From now on it is NULL, and a
-- blank declaration cannot be stored at all.
UPDATE "PanelMember" SET "conflictOfInterest" = NULL WHERE btrim("conflictOfInterest", E' \t\r\n') = '';

ALTER TABLE "PanelMember" ADD CONSTRAINT "PanelMember_conflictOfInterest_not_blank"
  CHECK ("conflictOfInterest" IS NULL OR btrim("conflictOfInterest", E' \t\r\n') <> '');
