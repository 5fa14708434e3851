// "Today" for the checker is today in California, whatever the device's time zone:
// fixed instants on both sides of midnight there (and of midnight UTC), in winter
// (UTC−8) and summer (UTC−7), with the expected day written out by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { todayInCalifornia } from "../../www/js/dates.js";

test("today in California, at fixed instants around midnight there and in UTC", () => {
  const cases = [
    // December: California is UTC−8.
    ["2026-12-01T07:30:00Z", "2026-11-30"], // 23:30 on Nov 30 in California; already Dec 1 in UTC
    ["2026-12-01T07:59:59Z", "2026-11-30"],
    ["2026-12-01T08:00:00Z", "2026-12-01"], // midnight in California
    ["2026-12-01T00:30:00Z", "2026-11-30"], // just after midnight UTC
    ["2026-12-31T23:59:59Z", "2026-12-31"],
    ["2027-01-01T07:59:59Z", "2026-12-31"], // New Year in UTC, not yet in California
    // July: California is UTC−7.
    ["2027-07-04T06:59:59Z", "2027-07-03"],
    ["2027-07-04T07:00:00Z", "2027-07-04"],
    // A leap day, and the morning after it.
    ["2028-03-01T07:00:00Z", "2028-02-29"],
    ["2028-03-01T08:00:00Z", "2028-03-01"],
    // The day clocks change (March 14, 2027: 2:00 becomes 3:00 in California).
    ["2027-03-14T07:59:59Z", "2027-03-13"],
    ["2027-03-14T08:00:00Z", "2027-03-14"],
    ["2027-03-15T06:59:59Z", "2027-03-14"],
  ];
  for (const [instant, want] of cases) assert.equal(todayInCalifornia(new Date(instant)), want, instant);
});

test("the device's own time zone does not matter", () => {
  // The same instant, read by processes whose time zone is Tokyo, UTC and Honolulu.
  const src = new URL("../../www/js/dates.js", import.meta.url).href;
  const script = `import(${JSON.stringify(src)}).then((m) => console.log(m.todayInCalifornia(new Date("2026-12-01T07:30:00Z"))))`;
  for (const tz of ["Asia/Tokyo", "UTC", "Pacific/Honolulu"]) {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
    assert.equal(out.trim(), "2026-11-30", tz);
  }
});
