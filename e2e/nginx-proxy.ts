/**
 * Debian's nginx in front of a running dashboard, configured by deploy/nginx-ice-console.conf (the file
 * docs/deployment.md gives operators) with only its "yours" values replaced, and TLS from a self-signed
 * certificate made now for `ice.test`. The e2e set-up (ensure-test-tools.ts) installs nginx when it is missing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianProgram } from '../server/src/testing/debian-package';
import { makeSelfSignedCertificate } from '../server/src/testing/self-signed-tls';

/** The name the browser opens; its resolver maps it to the loopback address (not itself a secure origin). */
export const PUBLIC_HOST = 'ice.test';
const SITE = join(import.meta.dirname, '..', 'deploy', 'nginx-ice-console.conf');

export interface RunningNginx {
  /** https://ice.test:<port> */
  origin: string;
  port: number;
  /** base64 SHA-256 of the certificate's public key, for Chromium's --ignore-certificate-errors-spki-list. */
  spkiHash: string;
  /** nginx's access log so far. */
  accessLog(): string;
  close(): void;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** The operators' file with their values put in; fails loudly when a value to replace is no longer there. */
export function siteConfig(values: {
  port: number;
  upstream: string;
  certificate: string;
  key: string;
}): string {
  const replacements: [string, string][] = [
    ['listen 443 ssl http2;', `listen 127.0.0.1:${values.port} ssl http2;`],
    ['server 127.0.0.1:8080;', `server ${values.upstream};`],
    ['/etc/ssl/certs/console.example.com.pem', values.certificate],
    ['/etc/ssl/private/console.example.com.key', values.key],
    ['server_name console.example.com;', `server_name ${PUBLIC_HOST};`],
  ];
  let site = readFileSync(SITE, 'utf8');
  // The plain-HTTP redirect needs port 80, which a test cannot take: only the TLS server and its upstream run.
  site = site.slice(0, site.lastIndexOf('server {'));
  for (const [from, to] of replacements) {
    if (!site.includes(from)) throw new Error(`deploy/nginx-ice-console.conf no longer has "${from}"`);
    site = site.replaceAll(from, to);
  }
  return site;
}

/** This run's certificate for PUBLIC_HOST, and the hash of its public key that the test's browser trusts. */
function makeCertificate(dir: string): { certificate: string; key: string; spkiHash: string } {
  const { cert: certificate, key } = makeSelfSignedCertificate(dir, PUBLIC_HOST);
  const publicKey = new X509Certificate(readFileSync(certificate)).publicKey.export({
    type: 'spki',
    format: 'der',
  });
  return { certificate, key, spkiHash: createHash('sha256').update(publicKey).digest('base64') };
}

/** Starts nginx before `upstream` (host:port); resolves once it accepts TLS connections. */
export async function startNginx(upstream: string): Promise<RunningNginx> {
  const nginx = ensureDebianProgram('/usr/sbin/nginx', 'nginx');
  const dir = mkdtempSync(join(tmpdir(), 'ice-nginx-'));
  const port = await freePort();
  const tls = makeCertificate(dir);
  const site = siteConfig({ port, upstream, ...tls });
  // As root, nginx's workers would switch to "nobody", who cannot enter this folder.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  // The smallest main configuration around the site: everything nginx writes stays in this folder.
  const main = `
daemon off;
${user}
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  ${site}
}
`;
  writeFileSync(join(dir, 'nginx.conf'), main);
  execFileSync(nginx, ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`nginx exited (${code}): ${stderr}`))),
  );
  await Promise.race([waitForTls(port), exited]);
  return {
    origin: `https://${PUBLIC_HOST}:${port}`,
    port,
    spkiHash: tls.spkiHash,
    accessLog: () => readFileSync(join(dir, 'access.log'), 'utf8'),
    close: () => {
      child.kill('SIGQUIT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls until nginx's TLS port answers (nginx writes no "ready" line). */
async function waitForTls(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = await new Promise<boolean>((resolve) => {
      const socket = createConnection(port);
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on ${port}`);
}
