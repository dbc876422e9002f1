import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

export interface TcpRelay {
  /** The relay's own port: point a client here instead of at the server. */
  port: number;
  /** The server "stops": open connections are cut and new ones are closed at once. */
  cut(): void;
  /** Connections pass through again. */
  restore(): void;
  close(): Promise<void>;
}

/**
 * A TCP relay in front of a real server (MySQL, say), to stop and restart
 * that server as one client sees it without stopping it for every other
 * test on the machine.
 */
export async function startTcpRelay(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpRelay> {
  const open = new Set<Socket>();
  let passing = true;
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    if (!passing) return void client.destroy();
    const upstream = connect(targetPort, targetHost);
    track(upstream);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const cutAll = () => {
    for (const socket of open) socket.destroy();
  };
  return {
    port: (server.address() as AddressInfo).port,
    cut() {
      passing = false;
      cutAll();
    },
    restore() {
      passing = true;
    },
    close() {
      cutAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
