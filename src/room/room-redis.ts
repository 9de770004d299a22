// Rooms shared between processes through Redis (Socket.IO's Redis adapter): a message to a room's sockets
// reaches them on whichever process they are connected to, and a process can ask the others a question.
import type { Server } from 'socket.io';

/** How long a process waits for the others' answers. */
const FORWARD_MS = 2000;

/** Connects the server to Redis; gives back how to disconnect. */
export async function useRedis(io: Server, address: string): Promise<() => Promise<void>> {
  const [{ createAdapter }, { Redis }] = await Promise.all([import('@socket.io/redis-adapter'), import('ioredis')]);
  const pub = new Redis(address, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub, { requestsTimeout: FORWARD_MS }));
  return async () => {
    pub.disconnect();
    sub.disconnect();
  };
}
