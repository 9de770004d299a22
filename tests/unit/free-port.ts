// A port nobody listens on now, for a server a test starts in a process of its own (the OS picks it; it
// stays free until someone takes it, which is enough here).
import { createServer } from 'node:net';

export const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
