// A second process spending a request budget, for the test that budgets hold across app
// servers sharing one PostgreSQL database. Usage: tsx spend-budget.ts <url> <budget> <key> <n>
// Prints how many of the n requests were allowed.
import {
  closeRateLimits,
  configureRateLimits,
  spend,
  type BudgetName,
} from "../../lib/http/edge/rate-limits.ts";

const [url, budget, key, n] = process.argv.slice(2) as [string, BudgetName, string, string];
configureRateLimits(url);
let allowed = 0;
for (let i = 0; i < Number(n); i++) if ((await spend(budget, key)).allowed) allowed++;
await closeRateLimits();
console.log(allowed);
