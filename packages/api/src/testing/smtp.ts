import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { resetApiEnv } from "../env";
import { resetMailTransport } from "../services/mail";

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The raw message (headers and body) as the SMTP client sent it. */
  raw: string;
}

export interface LoopbackSmtp {
  received: ReceivedMail[];
  /** Makes the server refuse every following message with this 5xx reply. */
  refuseWith(message: string | null): void;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on a loopback port, with SMTP_URL pointed at it: nodemailer speaks SMTP to it
 * as it would to a provider. `stop` restores SMTP_URL.
 */
export async function startLoopbackSmtp(): Promise<LoopbackSmtp> {
  const received: ReceivedMail[] = [];
  let refusal: string | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refusal) {
          callback(Object.assign(new Error(refusal), { responseCode: 550 }));
          return;
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const previous = process.env.SMTP_URL;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  resetApiEnv();
  resetMailTransport();
  return {
    received,
    refuseWith(message) {
      refusal = message;
    },
    async stop() {
      if (previous === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = previous;
      resetApiEnv();
      resetMailTransport();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
