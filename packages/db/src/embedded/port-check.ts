import net from "node:net";

/**
 * Whether something accepts TCP connections on host:port, so `npm start` can tell a running
 * embedded server (or any Postgres) from a free port without trying to speak the protocol.
 */
export function isPortAcceptingConnections(
  host: string,
  port: number,
  timeoutMs = 500,
): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const finish = (accepting: boolean) => {
      socket.removeAllListeners();
      socket.destroy();
      resolve(accepting);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once("connect", () => finish(true));
    socket.once("error", () => finish(false));
  });
}
