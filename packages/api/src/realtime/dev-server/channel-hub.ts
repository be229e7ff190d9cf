// Who is subscribed to which channel, and delivery of triggered events to them.

export interface Subscriber {
  readonly socketId: string;
  send(message: string): void;
}

export class ChannelHub {
  private readonly channels = new Map<string, Set<Subscriber>>();

  subscribe(channel: string, subscriber: Subscriber): void {
    let subscribers = this.channels.get(channel);
    if (!subscribers) this.channels.set(channel, (subscribers = new Set()));
    subscribers.add(subscriber);
  }

  unsubscribe(channel: string, subscriber: Subscriber): void {
    const subscribers = this.channels.get(channel);
    if (!subscribers) return;
    subscribers.delete(subscriber);
    if (subscribers.size === 0) this.channels.delete(channel);
  }

  /** Forgets a closed connection everywhere. */
  remove(subscriber: Subscriber, channels: Iterable<string>): void {
    for (const channel of channels) this.unsubscribe(channel, subscriber);
  }

  /**
   * Sends `{ event, channel, data }` to every subscriber of the channel except the excluded socket
   * (the HTTP API's socket_id). `data` stays the string the publisher sent, as Pusher does.
   * Returns how many connections it reached.
   */
  deliver(channel: string, event: string, data: string, excludeSocketId?: string): number {
    const subscribers = this.channels.get(channel);
    if (!subscribers) return 0;
    const message = JSON.stringify({ event, channel, data });
    let delivered = 0;
    for (const subscriber of subscribers) {
      if (subscriber.socketId === excludeSocketId) continue;
      subscriber.send(message);
      delivered += 1;
    }
    return delivered;
  }
}
