/**
 * An HTTPS server with a certificate made at test time by openssl and signed by nobody: what a TLS-intercepting
 * middlebox or a wrong endpoint looks like to the SDK, which must refuse it (DEPTH_ZERO_SELF_SIGNED_CERT).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { type AddressInfo, isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianProgram } from './debian-package';

export interface TlsServer {
  endpoint: string;
  /** TCP connections this server accepted (counted on accept, before any TLS, so never late). */
  connections: () => number;
  close(): Promise<void>;
}

/** A key and a certificate for `name` (its CN and subjectAltName), signed by nobody, as files in `dir`. */
export function makeSelfSignedCertificate(dir: string, name: string): { key: string; cert: string } {
  const openssl = ensureDebianProgram('/usr/bin/openssl', 'openssl');
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  const altName = isIP(name) === 0 ? `DNS:${name}` : `IP:${name}`;
  execFileSync(
    openssl,
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      `/CN=${name}`,
      '-addext',
      `subjectAltName=${altName}`,
    ],
    { stdio: 'ignore' },
  );
  return { key, cert };
}

export async function startSelfSignedTlsServer(): Promise<TlsServer> {
  const dir = mkdtempSync(join(tmpdir(), 'self-signed-'));
  const { key, cert } = makeSelfSignedCertificate(dir, '127.0.0.1');
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end('{}');
  });
  rmSync(dir, { recursive: true });
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `127.0.0.1:${port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
