/**
 * Waiting calls, one queue per client, served in turns (round robin): the client whose call is taken goes to the
 * back of the line. A Map keeps insertion order, so it is the line itself.
 */
export class ClientTurns<T extends { client: string }> {
  private readonly queues = new Map<string, T[]>();
  size = 0;

  push(item: T): void {
    const queue = this.queues.get(item.client);
    if (queue) queue.push(item);
    else this.queues.set(item.client, [item]);
    this.size++;
  }

  /** The first call of the client whose turn it is, without taking it. */
  peek(): T | undefined {
    return this.queues.values().next().value?.[0];
  }

  /** Takes the call `peek` showed; its client goes to the back of the line. */
  take(item: T): void {
    this.remove(item);
    const rest = this.queues.get(item.client);
    if (!rest) return;
    this.queues.delete(item.client);
    this.queues.set(item.client, rest);
  }

  remove(item: T): boolean {
    const queue = this.queues.get(item.client) ?? [];
    const index = queue.indexOf(item);
    if (index === -1) return false;
    queue.splice(index, 1);
    if (queue.length === 0) this.queues.delete(item.client);
    this.size--;
    return true;
  }

  waitingFor(client: string): number {
    return this.queues.get(client)?.length ?? 0;
  }

  /** The newest call of the client with the most waiting. */
  newestOfBusiest(): { item: T; waiting: number } | undefined {
    let busiest: T[] = [];
    for (const queue of this.queues.values()) if (queue.length > busiest.length) busiest = queue;
    const item = busiest.at(-1);
    return item === undefined ? undefined : { item, waiting: busiest.length };
  }

  all(): T[] {
    return [...this.queues.values()].flat();
  }
}
