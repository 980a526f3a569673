/**
 * Open a URL in the user's browser when there is one: `open` (macOS), `start` (Windows), `xdg-open`
 * (elsewhere, only with a graphical session, so a text-mode browser never takes over the terminal).
 * Detached, output ignored, every failure swallowed: the address is printed anyway.
 */
import { spawn } from "node:child_process";

export function browserCommand(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): [string, string[]] | null {
  if (platform === "darwin") return ["open", [url]];
  if (platform === "win32") return ["cmd", ["/c", "start", "", url]]; // "" is start's window title
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return ["xdg-open", [url]];
}

/** true when a browser was asked to open (not that it did) */
export function openBrowser(url: string): boolean {
  const cmd = browserCommand(url);
  if (!cmd) return false;
  try {
    const child = spawn(cmd[0], cmd[1], { detached: true, stdio: "ignore", windowsHide: true });
    child.on("error", () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}
