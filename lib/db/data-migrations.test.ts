import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { adminQuery, uniqueDbName, withDatabase } from "../../test/support/postgres.ts";
import { pgliteFactory } from "./adapter.ts";
import { resolveDbConfig } from "./config.ts";
import { deployMigrations, deployMigrationsWith, type MigrationPaths } from "./migrations.ts";

// Migrations that move or clean existing data, tested on data written before them: the
// migrations up to the one under test are applied, rows inserted, then the rest applied.
// Run on the database the suite targets: the embedded one, or PostgreSQL.

const MIGRATION = "20261130183000_normalise_line_endings";
const FEEDBACK_PARTS = "20261130182516_consensus_rules_restore_and_feedback_parts";
const NO_CONFLICT = "20261201021000_no_conflict_is_null";
const DRAFT_BESIDE = "20261201020356_response_draft_beside_submission";
const root = path.resolve(import.meta.dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "livewith-crlf-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** prisma/ with only the migrations before `migration`. */
function migrationsBefore(migration = MIGRATION): MigrationPaths {
  const dir = path.join(tmp, `before-${migration}`);
  fs.cpSync(path.join(root, "prisma"), dir, { recursive: true });
  for (const name of fs.readdirSync(path.join(dir, "migrations")))
    if (/^\d{14}_/.test(name) && name >= migration)
      fs.rmSync(path.join(dir, "migrations", name), { recursive: true });
  return {
    schemaPath: path.join(dir, "schema.prisma"),
    migrationsDir: path.join(dir, "migrations"),
  };
}

type Target = {
  migrate: (paths?: MigrationPaths) => Promise<string[]>;
  query: <T>(sql: string) => Promise<T[]>;
  /** Several statements at once. */
  exec: (sql: string) => Promise<void>;
  close: () => Promise<void>;
};

async function openTarget(): Promise<Target> {
  const config = resolveDbConfig(process.env.DATABASE_URL);
  if (config.kind === "postgres") {
    const name = uniqueDbName("lw_crlf");
    await adminQuery(config.url, `CREATE DATABASE "${name}"`);
    const url = withDatabase(config.url, name);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      migrate: (paths) => deployMigrations({ kind: "postgres", url }, paths),
      query: async (sql) => (await client.query(sql)).rows,
      exec: async (sql) => void (await client.query(sql)),
      close: async () => {
        await client.end();
        await adminQuery(config.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  }
  const db = new PGlite("memory://");
  return {
    migrate: (paths) => deployMigrationsWith(pgliteFactory(db), paths),
    query: async <T>(sql: string) => (await db.query<T>(sql)).rows,
    exec: async (sql) => void (await db.exec(sql)),
    close: () => db.close(),
  };
}

/** An explanatory text as a browser sent it, written as an E'' string literal. */
const text = String.raw`First paragraph.\r\n\r\nSecond paragraph.`;

describe(`migration ${MIGRATION}`, { timeout: 120_000 }, () => {
  it("turns stored CRLF into LF and drops suggestions that repeat the wording", async () => {
    const target = await openTarget();
    try {
      await target.migrate(migrationsBefore());
      await target.exec(`
        INSERT INTO "Study" (id, slug, title, "updatedAt") VALUES ('s', 's', 'S', now());
        INSERT INTO "Version" (id, "studyId", number, "explanatoryText", "updatedAt")
          VALUES ('v', 's', 1, E'${text}', now());
        INSERT INTO "Clause" (id, "studyId") VALUES ('c', 's');
        INSERT INTO "ClauseVersion" (id, "versionId", "clauseId", position, text)
          VALUES ('cv', 'v', 'c', 1, E'Lends tools\\nto members.');
        INSERT INTO "PanelMember" (id, "studyId", name, email, "updatedAt") VALUES
          ('a', 's', 'A', 'a@x', now()), ('b', 's', 'B', 'b@x', now());
        INSERT INTO "Round" (id, "studyId", "versionId", number, "closesAt", "updatedAt")
          VALUES ('r', 's', 'v', 1, now(), now());
        -- A: both boxes untouched (CRLF, and a trailing space); B: real rewordings.
        INSERT INTO "Response" (id, "roundId", "panelMemberId", state, "textSuggestion", "generalComments", "updatedAt")
          VALUES ('ra', 'r', 'a', 'SUBMITTED', E'${text} ', E'One.\\r\\nTwo.', now()),
                 ('rb', 'r', 'b', 'SUBMITTED', E'First paragraph.\\r\\n\\r\\nBetter.', '', now());
        INSERT INTO "ClauseResponse" (id, "responseId", "clauseVersionId", suggestion) VALUES
          ('ca', 'ra', 'cv', E'Lends tools\\r\\nto members.'),
          ('cb', 'rb', 'cv', E'Lends tools\\r\\nto everyone.');
      `);
      expect(await target.migrate()).toContain(MIGRATION);

      const responses = await target.query<{ id: string; s: string; g: string }>(
        `SELECT id, "textSuggestion" AS s, "generalComments" AS g FROM "Response" ORDER BY id`,
      );
      expect(responses).toEqual([
        { id: "ra", s: "", g: "One.\nTwo." },
        { id: "rb", s: "First paragraph.\n\nBetter.", g: "" },
      ]);
      const clauses = await target.query<{ id: string; s: string }>(
        `SELECT id, suggestion AS s FROM "ClauseResponse" ORDER BY id`,
      );
      expect(clauses).toEqual([
        { id: "ca", s: "" },
        { id: "cb", s: "Lends tools\nto everyone." },
      ]);
      const [version] = await target.query<{ t: string }>(
        `SELECT "explanatoryText" AS t FROM "Version"`,
      );
      expect(version!.t).toBe("First paragraph.\n\nSecond paragraph.");
    } finally {
      await target.close();
    }
  });
});

describe(`migration ${FEEDBACK_PARTS}`, { timeout: 120_000 }, () => {
  it("carries each cited clause item over as (response, part), and starts the whole-text rule from the old one", async () => {
    const target = await openTarget();
    try {
      await target.migrate(migrationsBefore(FEEDBACK_PARTS));
      await target.exec(`
        INSERT INTO "Study" (id, slug, title, "consensusThreshold", "updatedAt") VALUES ('s', 's', 'S', 80, now());
        INSERT INTO "Version" (id, "studyId", number, "updatedAt") VALUES ('v1', 's', 1, now()), ('v2', 's', 2, now());
        INSERT INTO "Clause" (id, "studyId") VALUES ('c', 's');
        INSERT INTO "ClauseVersion" (id, "versionId", "clauseId", position, text) VALUES
          ('cv1', 'v1', 'c', 1, 'One.'), ('cv2', 'v2', 'c', 1, 'One, better.');
        INSERT INTO "PanelMember" (id, "studyId", name, email, "updatedAt") VALUES ('a', 's', 'A', 'a@x', now());
        INSERT INTO "Round" (id, "studyId", "versionId", number, "closesAt", "updatedAt") VALUES ('r', 's', 'v1', 1, now(), now());
        INSERT INTO "Response" (id, "roundId", "panelMemberId", state, "updatedAt") VALUES ('ra', 'r', 'a', 'SUBMITTED', now());
        INSERT INTO "ClauseResponse" (id, "responseId", "clauseVersionId", reason) VALUES ('cra', 'ra', 'cv1', 'Vague.');
        INSERT INTO "ChangeJustification" (id, "versionId", "clauseVersionId", kind, justification, "updatedAt")
          VALUES ('j', 'v2', 'cv2', 'EDITED', 'Clearer.', now());
        INSERT INTO "JustificationFeedback" ("justificationId", "clauseResponseId", disposition) VALUES ('j', 'cra', 'ACCEPTED');
      `);
      expect(await target.migrate()).toContain(FEEDBACK_PARTS);
      expect(
        await target.query(
          `SELECT "justificationId", "responseId", part, disposition::text FROM "JustificationFeedback"`,
        ),
      ).toEqual([{ justificationId: "j", responseId: "ra", part: "cv1", disposition: "ACCEPTED" }]);
      expect(
        await target.query(
          `SELECT "partsRule"::text, "consensusThreshold", "wholeRule"::text, "wholeThreshold" FROM "Study"`,
        ),
      ).toEqual([
        { partsRule: "SHARE", consensusThreshold: 80, wholeRule: "SHARE", wholeThreshold: 80 },
      ]);
    } finally {
      await target.close();
    }
  });
});

describe(`migration ${NO_CONFLICT}`, { timeout: 120_000 }, () => {
  it("turns a stored blank declaration into 'no conflict' (NULL) and refuses blanks after", async () => {
    const target = await openTarget();
    try {
      await target.migrate(migrationsBefore(NO_CONFLICT));
      // Before: "no conflict" was saved as "", which the report counted as a declaration.
      await target.exec(`
        INSERT INTO "Study" (id, slug, title, "updatedAt") VALUES ('s', 's', 'S', now());
        INSERT INTO "PanelMember" (id, "studyId", name, email, "conflictOfInterest", "updatedAt") VALUES
          ('a', 's', 'A', 'a@x', '', now()),
          ('b', 's', 'B', 'b@x', E' \\n ', now()),
          ('c', 's', 'C', 'c@x', 'Paid adviser to a vendor.', now()),
          ('d', 's', 'D', 'd@x', NULL, now());
      `);
      expect(await target.migrate()).toContain(NO_CONFLICT);
      expect(
        await target.query(`SELECT id, "conflictOfInterest" AS coi FROM "PanelMember" ORDER BY id`),
      ).toEqual([
        { id: "a", coi: null },
        { id: "b", coi: null },
        { id: "c", coi: "Paid adviser to a vendor." },
        { id: "d", coi: null },
      ]);
      await expect(
        target.exec(`UPDATE "PanelMember" SET "conflictOfInterest" = '' WHERE id = 'c'`),
      ).rejects.toThrow(/conflictOfInterest_not_blank/);
    } finally {
      await target.close();
    }
  });
});

describe(`migration ${DRAFT_BESIDE}`, { timeout: 120_000 }, () => {
  it("counts again complete answers reopened by an autosave in open rounds, and only those", async () => {
    const target = await openTarget();
    try {
      await target.migrate(migrationsBefore(DRAFT_BESIDE));
      await target.exec(`
        INSERT INTO "Study" (id, slug, title, "updatedAt") VALUES ('s', 's', 'S', now());
        INSERT INTO "Version" (id, "studyId", number, "updatedAt") VALUES ('v', 's', 1, now());
        INSERT INTO "Clause" (id, "studyId") VALUES ('c', 's');
        INSERT INTO "ClauseVersion" (id, "versionId", "clauseId", position, text) VALUES ('cv', 'v', 'c', 1, 'One.');
        INSERT INTO "PanelMember" (id, "studyId", name, email, "updatedAt") VALUES
          ('a', 's', 'A', 'a@x', now()), ('b', 's', 'B', 'b@x', now()),
          ('c', 's', 'C', 'c@x', now()), ('d', 's', 'D', 'd@x', now());
        INSERT INTO "Round" (id, "studyId", "versionId", number, state, "closesAt", "updatedAt") VALUES
          ('open', 's', 'v', 2, 'OPEN', now(), now()), ('closed', 's', 'v', 1, 'CLOSED', now(), now());
        -- a: reopened, complete. b: reopened, a clause objected to without a reason.
        -- c: a plain draft never submitted. d: reopened in a closed round.
        INSERT INTO "Response" (id, "roundId", "panelMemberId", state, "overallPosition", "submittedAt", "updatedAt") VALUES
          ('ra', 'open', 'a', 'DRAFT', 'CAN_LIVE_WITH', now(), now()),
          ('rb', 'open', 'b', 'DRAFT', 'CAN_LIVE_WITH', now(), now()),
          ('rc', 'open', 'c', 'DRAFT', 'CAN_LIVE_WITH', NULL, now()),
          ('rd', 'closed', 'd', 'DRAFT', 'CAN_LIVE_WITH', now(), now());
        INSERT INTO "ClauseResponse" (id, "responseId", "clauseVersionId", position, reason) VALUES
          ('ca', 'ra', 'cv', 'CANNOT_LIVE_WITH', 'Vague.'), ('cb', 'rb', 'cv', 'CANNOT_LIVE_WITH', ' ');
      `);
      expect(await target.migrate()).toContain(DRAFT_BESIDE);
      expect(
        await target.query(`SELECT id, state::text, draft FROM "Response" ORDER BY id`),
      ).toEqual([
        { id: "ra", state: "SUBMITTED", draft: null },
        { id: "rb", state: "DRAFT", draft: null },
        { id: "rc", state: "DRAFT", draft: null },
        { id: "rd", state: "DRAFT", draft: null },
      ]);
    } finally {
      await target.close();
    }
  });
});
