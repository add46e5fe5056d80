// Loaded before every test file (see scripts/run-tests.mjs). Property-based tests use one seed per run,
// printed here, so a failure found in CI can be replayed exactly with FC_SEED=<seed>.
import fc from "fast-check";

const seed = Number(process.env.FC_SEED ?? 20261123);
fc.configureGlobal({ seed });
