import net from 'node:net';

/**
 * A TCP relay in front of the real Neo4j that plays an outage at the worst moment for a write: it
 * passes Bolt through until Neo4j has answered the commit of a write transaction, then closes
 * every connection and refuses new ones, as a Neo4j killed right after that commit would. The
 * commit's answer reaches the driver (`delivered`, the default) or is lost with the connection
 * (`lost`: the write is saved and the driver cannot know it). It reads just enough Bolt for that:
 * a BEGIN without `mode: "r"`, its COMMIT, and the answer carrying the commit's bookmark.
 */

const BEGIN = Buffer.from([0xb1, 0x11]);
const READ_MODE = Buffer.from([0x84, ...Buffer.from('mode'), 0x81, ...Buffer.from('r')]);
const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);
const BOOKMARK = Buffer.from([0x88, ...Buffer.from('bookmark')]);

export interface CutAfterCommit {
  /** bolt:// address of the relay. */
  uri: string;
  /** True once a write has committed through it and every connection was closed. */
  readonly cut: boolean;
  close(): Promise<void>;
}

export async function cutAfterCommit(
  neo4jUri: string,
  options: { commitAnswer: 'delivered' | 'lost' } = { commitAnswer: 'delivered' },
): Promise<CutAfterCommit> {
  const target = new URL(neo4jUri);
  const sockets = new Set<net.Socket>();
  let cut = false;
  const cutAll = () => {
    cut = true;
    for (const socket of sockets) socket.destroy();
  };
  const relay = net.createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    let inWrite = false;
    let committing = false;
    client.on('data', (data) => {
      if (data.includes(BEGIN)) inWrite = !data.includes(READ_MODE);
      if (inWrite && data.includes(COMMIT)) committing = true;
      upstream.write(data);
    });
    upstream.on('data', (data) => {
      if (!(committing && data.includes(BOOKMARK))) return void client.write(data);
      if (options.commitAnswer === 'lost') return cutAll();
      // The commit's answer reaches the driver (the write is saved and acknowledged), then Neo4j is gone.
      sockets.delete(client);
      client.end(data);
      cutAll();
    });
    for (const socket of [client, upstream]) {
      socket.on('error', () => undefined);
      socket.on('close', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const address = relay.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    get cut() {
      return cut;
    },
    close: async () => {
      cutAll();
      await new Promise((resolve) => relay.close(resolve));
    },
  };
}
