// What the room server answers over plain HTTP: the QR code of a room's join address, the phone page (/join)
// in the phone's language, the server's health for the bench (/room/health), and the built game itself.
import type { IncomingMessage, ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import sirv from 'sirv';
import { CSP } from '../csp.ts';
import { isLanguage } from '../i18n/languages.ts';
import { CODE_LENGTH, CODE_LETTERS } from '../state/room-limits.ts';
import { joinPage } from './join-page.ts';
import type { RoomContext } from './room-context.ts';

/** The QR code of a room's join address: /room/qr/CODE.svg. */
const QR_PATH = new RegExp(`^/room/qr/([${CODE_LETTERS}]{${CODE_LENGTH}})\\.svg$`);

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type Parts = Pick<RoomContext, 'rooms' | 'stats' | 'joinUrl'>;

/** Answers each request with the first route that takes it; what none takes is not found. */
export function httpRoutes(dist: string, parts: Parts): Handler {
  const statics = sirv(dist, {
    etag: true,
    setHeaders: (res) => {
      res.setHeader('Content-Security-Policy', CSP);
      res.setHeader('X-Content-Type-Options', 'nosniff');
    },
  });
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://room');
    if (serveQr(url, res, parts) || serveJoinPage(dist, req, url, res) || serveHealth(url, res, parts)) return;
    statics(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Security-Policy': CSP });
      res.end('Not found');
    });
  };
}

/** A room's QR code, in the language asked; false when the address is not one. */
function serveQr(url: URL, res: ServerResponse, { joinUrl }: Parts): boolean {
  // Any well-formed code gets its picture, open room or not, so the address tells nothing about which rooms exist.
  const qr = QR_PATH.exec(url.pathname);
  if (!qr) return false;
  const asked = url.searchParams.get('lang');
  QRCode.toString(joinUrl(qr[1]!, isLanguage(asked) ? asked : 'en'), {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
  }).then(
    (svg) => {
      res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Content-Security-Policy': CSP });
      res.end(svg);
    },
    () => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('The QR code could not be drawn.');
    },
  );
  return true;
}

/** The phone page; false when the address is not its, or the build has none (then the statics answer). */
function serveJoinPage(dist: string, req: IncomingMessage, url: URL, res: ServerResponse): boolean {
  if (url.pathname !== '/join' && url.pathname !== '/join.html') return false;
  const page = joinPage(dist, req, url);
  if (page === null) return false;
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Language',
  });
  res.end(page);
  return true;
}

/** The rooms and phones this process holds, what it dropped and took, and its heap; false for other addresses. */
function serveHealth(url: URL, res: ServerResponse, { rooms, stats }: Parts): boolean {
  if (url.pathname !== '/room/health') return false;
  // A bench measuring memory per room runs the server with HOT_SEAT_ROOM_GC=1 and node --expose-gc.
  if (process.env.HOT_SEAT_ROOM_GC && globalThis.gc) globalThis.gc();
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(
    JSON.stringify({ rooms: rooms.size, phones: rooms.phones(), ...stats, heapUsed: process.memoryUsage().heapUsed }),
  );
  return true;
}
