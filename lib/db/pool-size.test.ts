import { describe, expect, it } from "vitest";
import { DEFAULT_POOL_SIZE, resolveDbConfig } from "./config.ts";

describe("the PostgreSQL pool size", () => {
  it("comes from DATABASE_POOL_SIZE, else the URL's connection_limit, else the default", () => {
    const url = "postgres://u@db:5432/app";
    expect(resolveDbConfig(url)).toEqual({ kind: "postgres", url, poolSize: DEFAULT_POOL_SIZE });
    expect(resolveDbConfig(`${url}?connection_limit=40&sslmode=require`)).toEqual({
      kind: "postgres",
      url: `${url}?sslmode=require`,
      poolSize: 40,
    });
    expect(resolveDbConfig(`${url}?connection_limit=40`, ".data", 8)).toMatchObject({
      url,
      poolSize: 8,
    });
    expect(resolveDbConfig(`${url}?connection_limit=nonsense`)).toMatchObject({
      poolSize: DEFAULT_POOL_SIZE,
    });
  });
});
