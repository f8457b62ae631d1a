import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

// Prisma's schema engine compiled to WebAssembly: migrations without the native binary
// (which cannot be downloaded here). Its API is internal to Prisma, hence the exact pin.

const require = createRequire(import.meta.url);

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
};

let gluePromise: Promise<Glue> | undefined;

// Node 20 cannot import .wasm as an ES module, so instantiate it by hand.
function loadGlue(): Promise<Glue> {
  gluePromise ??= (async () => {
    const jsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import(jsPath)) as Glue;
    const bytes = fs.readFileSync(path.join(path.dirname(jsPath), "schema_engine_bg.wasm"));
    const compiled = await WebAssembly.compile(bytes);
    const instance = await WebAssembly.instantiate(compiled, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return gluePromise;
}

export type EngineLog = (message: string) => void;

export async function withSchemaEngine<T>(
  schemaPath: string,
  factory: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: SchemaEngine) => Promise<T>,
  log: EngineLog = () => {},
): Promise<T> {
  const glue = await loadGlue();
  const schemaText = fs.readFileSync(schemaPath, "utf8");
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    (line: string) => log(line),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}
