// The three engines of the cross-browser journeys behind one small interface, so
// xbrowser-journey.mjs never knows which protocol it talks:
//   firefox  Debian's Firefox ESR, puppeteer-core over WebDriver BiDi, headless
//   webkit   WebKitGTK's MiniBrowser, selenium over WebKitWebDriver, in an Xvfb we start
//   wpe      WPE WebKit 2.38 (Safari-16-era), selenium over WPEWebDriver + cog, headless
// A page offers eval(fn, ...args), element(fn, ...args) (fn returns a DOM element),
// click(el), type(el, text), driverProblems(), screenshot(path) and close().
// Not a test file itself.
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";

export const ENGINES = ["firefox", "webkit", "wpe"];

/** What each engine needs on disk (Debian packages) and from npm. */
const NEEDS = {
  firefox: { files: ["/usr/bin/firefox-esr"], npm: "puppeteer-core" },
  webkit: { files: ["/usr/bin/WebKitWebDriver", "/usr/bin/Xvfb"], npm: "selenium-webdriver" },
  wpe: { files: ["/usr/bin/WPEWebDriver", "/usr/bin/cog"], npm: "selenium-webdriver" },
};

/** Why `name` cannot run here (a sentence), or null when everything it needs is present. */
export async function missingFor(name) {
  const { files, npm } = NEEDS[name];
  const absent = files.filter((f) => !existsSync(f));
  try {
    await import(npm);
  } catch {
    absent.push(`npm package ${npm}`);
  }
  return absent.length ? `${absent.join(", ")} not installed` : null;
}

// Helpers we start (Xvfb, the WebDriver servers) each lead their own process group,
// which also holds the browser a WebDriver server starts; killing the group by its
// id ends exactly those, even when the run dies before quit() (cog would outlive
// WPEWebDriver otherwise).
const groups = new Set();
/** Sends SIGTERM to the process group `pid` leads (nothing if it is gone). */
const killGroup = (pid) => {
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    /* already gone */
  }
};
process.on("exit", () => groups.forEach(killGroup));
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => process.exit(1));

/** Spawns a helper in its own process group; `stop()` ends the group and waits for the helper. */
function own(exe, args, options) {
  const child = spawn(exe, args, { ...options, detached: true });
  groups.add(child.pid);
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d));
  const stop = () =>
    new Promise((done) => {
      // The group goes even if the helper already died: its browser may not have.
      killGroup(child.pid);
      if (child.exitCode !== null || child.signalCode !== null) done();
      else child.once("exit", () => done());
    }).then(() => groups.delete(child.pid));
  return { child, stop, stderr: () => stderr };
}

/** Starts Xvfb on a free display (it writes the number to fd 3) and returns it. */
function startXvfb() {
  const x = own("/usr/bin/Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display in 10 s: ${x.stderr()}`)), 10000);
    x.child.stdio[3].on("data", (d) => {
      out += d;
      if (!out.includes("\n")) return;
      clearTimeout(timer);
      resolve({ display: `:${out.trim()}`, stop: x.stop });
    });
    x.child.once("exit", (code) => reject(new Error(`Xvfb exited (${code}): ${x.stderr()}`)));
  });
}

/** A free localhost port (the OS picks it; it is free again once we close it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer().once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a WebDriver server and waits until its /status answers. */
async function startWebDriver(exe, env) {
  const port = await freePort();
  const server = own(exe, [`--port=${port}`], { env, stdio: ["ignore", "ignore", "pipe"] });
  const url = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 20000; Date.now() < until; ) {
    if (server.child.exitCode !== null) break;
    const ok = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (ok) return { url, stop: server.stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.stop();
  throw new Error(`${exe} did not answer on ${url}: ${server.stderr()}`);
}

/** Firefox ESR through puppeteer-core over BiDi; a fresh browser context per page. */
async function launchFirefox() {
  const { default: puppeteer } = await import("puppeteer-core");
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: "/usr/bin/firefox-esr",
    headless: true,
  });
  return {
    name: "firefox",
    version: await browser.version(),
    async open(url) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const seen = [];
      page.on("console", (m) => {
        if (["error", "warn", "warning"].includes(m.type())) seen.push(`console.${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => seen.push(`pageerror: ${e?.message ?? e}`));
      page.on("requestfailed", (r) => seen.push(`requestfailed: ${r.url()}`));
      await page.goto(url).catch(async (err) => {
        await context.close();
        throw err;
      });
      return {
        eval: (fn, ...args) => page.evaluate(fn, ...args),
        async element(fn, ...args) {
          const handle = await page.evaluateHandle(fn, ...args);
          return handle.asElement();
        },
        click: (el) => el.click(),
        async type(el, text) {
          // Select what the field holds with the keyboard, then type over it.
          await el.click();
          await page.keyboard.down("Control");
          await page.keyboard.press("a");
          await page.keyboard.up("Control");
          await page.keyboard.press("Backspace");
          await el.type(text);
        },
        driverProblems: () => [...seen],
        screenshot: (path) => page.screenshot({ path }),
        close: () => context.close(),
      };
    },
    quit: () => browser.close(),
  };
}

/** A WebDriver server (WebKitWebDriver or WPEWebDriver) and one selenium session on it. */
async function launchSelenium(name, exe, capabilities, env) {
  const { Builder } = await import("selenium-webdriver");
  const server = await startWebDriver(exe, env);
  let driver;
  try {
    driver = await new Builder().usingServer(server.url).withCapabilities(capabilities).build();
  } catch (err) {
    await server.stop();
    throw err;
  }
  await driver.manage().setTimeouts({ script: 15000, pageLoad: 30000 });
  const caps = await driver.getCapabilities();
  return {
    name,
    version: `${caps.get("browserName")} ${caps.get("browserVersion")}`,
    // One session per engine, so a "fresh page" is a fresh load in it; each load
    // brings a new document (and a new probe record and history budget).
    async open(pageUrl) {
      await driver.get(pageUrl);
      return {
        eval: (fn, ...args) => driver.executeScript(fn, ...args),
        element: (fn, ...args) => driver.executeScript(fn, ...args),
        click: (el) => el.click(),
        async type(el, text) {
          await el.clear();
          await el.sendKeys(text);
        },
        // WebKit's WebDriver has no console channel: the probe is all there is.
        driverProblems: () => [],
        async screenshot(path) {
          writeFileSync(path, Buffer.from(await driver.takeScreenshot(), "base64"));
        },
        close: async () => {},
      };
    },
    driver,
    async quit() {
      await driver.quit().catch(() => {});
      await server.stop();
    },
  };
}

/** WebKitGTK's MiniBrowser (WebKitWebDriver's default browser) on our own Xvfb. */
async function launchWebKit() {
  // With no display the session hangs rather than fails, so start one first.
  const xvfb = await startXvfb();
  try {
    const engine = await launchSelenium("webkit", "/usr/bin/WebKitWebDriver", { browserName: "MiniBrowser" }, {
      ...process.env,
      DISPLAY: xvfb.display,
    });
    // An 800×600 window like the other engines' viewports (its inner height is less).
    await engine.driver.manage().window().setRect({ width: 800, height: 600 });
    const quit = engine.quit;
    return { ...engine, quit: async () => { await quit(); await xvfb.stop(); } };
  } catch (err) {
    await xvfb.stop();
    throw err;
  }
}

/** WPE WebKit through cog's headless platform: no display at all, 800×600 fixed. */
function launchWpe() {
  const env = { ...process.env };
  delete env.DISPLAY;
  return launchSelenium(
    "wpe",
    "/usr/bin/WPEWebDriver",
    { browserName: "cog", "wpe:browserOptions": { binary: "/usr/bin/cog", args: ["--automation", "--platform=headless"] } },
    env,
  );
}

/** Starts one engine by name. */
export function launchEngine(name) {
  return { firefox: launchFirefox, webkit: launchWebKit, wpe: launchWpe }[name]();
}
