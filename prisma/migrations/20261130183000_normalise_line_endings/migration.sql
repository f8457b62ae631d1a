-- No semicolons in comments: the PostgreSQL adapter splits migration scripts at each one.
-- Browsers send every textarea's line breaks as CRLF. Until now the server stored them as
-- sent, so a pre-filled "suggested rewording" box left untouched no longer matched the
-- wording it was filled with (stored with LF) and was kept as a suggestion. The boundary
-- now turns CRLF and lone CR into LF (lib/forms/form-state.ts). This brings the stored text
-- into line and removes the suggestions that only repeated the current wording.

-- What experts sent.
UPDATE "Response" SET
  "textReason" = replace(replace("textReason", E'\r\n', E'\n'), E'\r', E'\n'),
  "textSuggestion" = replace(replace("textSuggestion", E'\r\n', E'\n'), E'\r', E'\n'),
  "generalComments" = replace(replace("generalComments", E'\r\n', E'\n'), E'\r', E'\n')
WHERE "textReason" LIKE E'%\r%' OR "textSuggestion" LIKE E'%\r%' OR "generalComments" LIKE E'%\r%';

UPDATE "ClauseResponse" SET
  "reason" = replace(replace("reason", E'\r\n', E'\n'), E'\r', E'\n'),
  "suggestion" = replace(replace("suggestion", E'\r\n', E'\n'), E'\r', E'\n')
WHERE "reason" LIKE E'%\r%' OR "suggestion" LIKE E'%\r%';

UPDATE "Nomination" SET "reason" = replace(replace("reason", E'\r\n', E'\n'), E'\r', E'\n')
WHERE "reason" LIKE E'%\r%';

UPDATE "PanelMember" SET
  "conflictOfInterest" = replace(replace("conflictOfInterest", E'\r\n', E'\n'), E'\r', E'\n'),
  "statusReason" = replace(replace("statusReason", E'\r\n', E'\n'), E'\r', E'\n')
WHERE "conflictOfInterest" LIKE E'%\r%' OR "statusReason" LIKE E'%\r%';

-- What facilitators wrote. Sent summaries are left exactly as the panel received them.
UPDATE "Version" SET "explanatoryText" = replace(replace("explanatoryText", E'\r\n', E'\n'), E'\r', E'\n')
WHERE "explanatoryText" LIKE E'%\r%';

UPDATE "ClauseVersion" SET "text" = replace(replace("text", E'\r\n', E'\n'), E'\r', E'\n')
WHERE "text" LIKE E'%\r%';

UPDATE "Study" SET
  "purpose" = replace(replace("purpose", E'\r\n', E'\n'), E'\r', E'\n'),
  "audience" = replace(replace("audience", E'\r\n', E'\n'), E'\r', E'\n'),
  "anonymityStatement" = replace(replace("anonymityStatement", E'\r\n', E'\n'), E'\r', E'\n')
WHERE "purpose" LIKE E'%\r%' OR "audience" LIKE E'%\r%' OR "anonymityStatement" LIKE E'%\r%';

UPDATE "Summary" SET "body" = replace(replace("body", E'\r\n', E'\n'), E'\r', E'\n')
WHERE "status" = 'DRAFT' AND "body" LIKE E'%\r%';

UPDATE "ChangeJustification" SET "justification" = replace(replace("justification", E'\r\n', E'\n'), E'\r', E'\n')
WHERE "justification" LIKE E'%\r%';

UPDATE "ReportSection" SET "body" = replace(replace("body", E'\r\n', E'\n'), E'\r', E'\n')
WHERE "body" LIKE E'%\r%';

UPDATE "ProtocolDeviation" SET "reason" = replace(replace("reason", E'\r\n', E'\n'), E'\r', E'\n')
WHERE "reason" LIKE E'%\r%';

UPDATE "SourceDefinition" SET
  "text" = replace(replace("text", E'\r\n', E'\n'), E'\r', E'\n'),
  "citation" = replace(replace("citation", E'\r\n', E'\n'), E'\r', E'\n')
WHERE "text" LIKE E'%\r%' OR "citation" LIKE E'%\r%';

-- A suggestion equal to the wording it was offered on (ignoring surrounding white space, as
-- the server compares) is the untouched box: no suggestion. Drafts and submissions alike.
UPDATE "Response" r SET "textSuggestion" = ''
  FROM "Round" rd JOIN "Version" v ON v."id" = rd."versionId"
 WHERE rd."id" = r."roundId" AND r."textSuggestion" <> ''
   AND regexp_replace(r."textSuggestion", '^\s+|\s+$', '', 'g')
     = regexp_replace(v."explanatoryText", '^\s+|\s+$', '', 'g');

UPDATE "ClauseResponse" cr SET "suggestion" = ''
  FROM "ClauseVersion" cv
 WHERE cv."id" = cr."clauseVersionId" AND cr."suggestion" <> ''
   AND regexp_replace(cr."suggestion", '^\s+|\s+$', '', 'g')
     = regexp_replace(cv."text", '^\s+|\s+$', '', 'g');
