import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * PGlite is one Postgres backend: every socket connection shares one session. pglite-socket
 * 0.2.17 queues each wire message on its own and only keeps a connection in charge while an
 * explicit transaction is open. An extended-protocol query (Parse, Bind, Describe, Execute, Sync —
 * what pg sends for every parameterised query, so everything Prisma sends) spans several
 * messages, and another connection's Parse in between replaces the unnamed statement: with a few
 * concurrent pools, queries fail with "unnamed prepared statement does not exist" or, worse, run
 * the other connection's statement. This queue keeps one connection in charge from its first
 * extended-protocol message to its Sync, and for as long as it holds a transaction open.
 */

/** Frontend messages that open or continue an extended-protocol batch, which Sync (S) ends. */
const EXTENDED_PROTOCOL = new Set(["P", "B", "D", "E", "C", "H"].map((letter) => letter.charCodeAt(0)));
const SYNC = "S".charCodeAt(0);
const SYNC_MESSAGE = new Uint8Array([SYNC, 0, 0, 0, 4]);

function simpleQueryMessage(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, "utf8");
  const message = Buffer.alloc(5 + text.length);
  message.write("Q", 0, "ascii");
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return new Uint8Array(message);
}

interface PendingMessage {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: Error) => void;
}

/** Same interface as pglite-socket's internal QueryQueueManager, which it replaces. */
export class SessionQueue {
  private pending: PendingMessage[] = [];
  /** The connection whose batch or transaction is open; only its messages may run. */
  private owner: number | null = null;
  private openBatches = new Set<number>();
  private draining = false;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ handlerId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  getQueueLength(): number {
    return this.pending.length;
  }

  clearQueueForHandler(handlerId: number): void {
    const dropped = this.pending.filter((item) => item.handlerId === handlerId);
    this.pending = this.pending.filter((item) => item.handlerId !== handlerId);
    for (const item of dropped) item.reject(new Error("connection closed"));
  }

  /** A connection that goes away mid-batch or mid-transaction must not leave the session stuck. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId || this.db.closed) return;
    await this.db.runExclusive(async () => {
      const discard = { onRawData: () => {} };
      if (this.openBatches.delete(handlerId)) await this.db.execProtocolRawStream(SYNC_MESSAGE, discard);
      if (this.db.isInTransaction()) {
        await this.db.execProtocolRawStream(simpleQueryMessage("ROLLBACK"), discard);
      }
    });
    this.owner = null;
    void this.drain();
  }

  private next(): PendingMessage | undefined {
    if (this.owner === null) return this.pending.shift();
    const index = this.pending.findIndex((item) => item.handlerId === this.owner);
    // The owner's next message has not arrived yet: everyone else waits for it.
    return index === -1 ? undefined : this.pending.splice(index, 1)[0];
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let item = this.next(); item; item = this.next()) await this.run(item);
    } finally {
      this.draining = false;
    }
  }

  private async run(item: PendingMessage): Promise<void> {
    let bytes = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(item.message, {
          onRawData: (data) => {
            bytes += data.length;
            item.onData(data);
          },
        }),
      );
    } catch (error) {
      item.reject(error as Error);
      return;
    } finally {
      this.updateOwner(item);
    }
    item.resolve(bytes);
  }

  private updateOwner(item: PendingMessage): void {
    const type = item.message[0] ?? 0;
    if (EXTENDED_PROTOCOL.has(type)) this.openBatches.add(item.handlerId);
    else if (type === SYNC) this.openBatches.delete(item.handlerId);
    const holdsSession =
      this.openBatches.has(item.handlerId) || (!this.db.closed && this.db.isInTransaction());
    this.owner = holdsSession ? item.handlerId : null;
  }
}

/** Swaps the server's per-message queue (a private field of pglite-socket 0.2.17) for ours. */
export function installSessionQueue(server: PGLiteSocketServer, db: PGlite): void {
  const internals = server as unknown as { queryQueue?: { enqueue?: unknown } };
  if (typeof internals.queryQueue?.enqueue !== "function") {
    throw new Error("this @electric-sql/pglite-socket version has no queryQueue to replace");
  }
  internals.queryQueue = new SessionQueue(db);
}
