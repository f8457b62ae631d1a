import { execFileSync } from "node:child_process";
import crypto from "node:crypto";

// "Another machine" for tests: a network namespace joined to this host by a veth pair,
// with its own address, so the app sees a non-loopback client. Needs root and iproute2.
export type RemoteHost = {
  hostAddress: string;
  run: (cmd: string[]) => string;
  destroy: () => void;
};

const ip = (...args: string[]) =>
  execFileSync("ip", args, { stdio: ["ignore", "pipe", "pipe"] }).toString();

export function canCreateRemoteHost(): boolean {
  try {
    return process.getuid?.() === 0 && ip("-V").includes("ip");
  } catch {
    return false;
  }
}

export function createRemoteHost(): RemoteHost {
  const id = crypto.randomBytes(3).toString("hex");
  const ns = `lw${id}`;
  const hostIf = `lwh${id}`;
  const peerIf = `lwp${id}`;
  // A private /30 chosen per run: only this host and the namespace are on it.
  const octet = (parseInt(id.slice(0, 2), 16) % 250) + 1;
  const hostAddress = `10.213.${octet}.1`;
  const peerAddress = `10.213.${octet}.2`;
  const destroy = () => {
    for (const args of [
      ["netns", "del", ns],
      ["link", "del", hostIf],
    ]) {
      try {
        ip(...args);
      } catch {
        // already gone
      }
    }
  };
  try {
    ip("netns", "add", ns);
    ip("link", "add", hostIf, "type", "veth", "peer", "name", peerIf);
    ip("link", "set", peerIf, "netns", ns);
    ip("addr", "add", `${hostAddress}/30`, "dev", hostIf);
    ip("link", "set", hostIf, "up");
    ip("netns", "exec", ns, "ip", "addr", "add", `${peerAddress}/30`, "dev", peerIf);
    ip("netns", "exec", ns, "ip", "link", "set", peerIf, "up");
    ip("netns", "exec", ns, "ip", "link", "set", "lo", "up");
  } catch (error) {
    destroy();
    throw error;
  }
  return {
    hostAddress,
    run: (cmd) => ip("netns", "exec", ns, ...cmd),
    destroy,
  };
}
