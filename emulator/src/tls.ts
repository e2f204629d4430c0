import { generate } from 'selfsigned';

/** The TLS material of an `--https` emulator: a key and a self-signed certificate (PEM), made at start-up. */
export type TlsMaterial = { key: string; cert: string };

/** Names the certificate is valid for: how a local client reaches the emulator. */
export const CERTIFICATE_HOSTS = { dns: ['localhost'], ip: ['127.0.0.1', '::1'] } as const;

/**
 * A new self-signed certificate for localhost, 127.0.0.1 and ::1 (P-256, SHA-256, one year). Nothing is written
 * to disk here; clients trust it explicitly (pass `cert` as their CA), never by turning certificate checks off.
 */
export async function createLocalhostCertificate(now = new Date()): Promise<TlsMaterial> {
  const notAfterDate = new Date(now.getTime() + 365 * 24 * 3600 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...CERTIFICATE_HOSTS.dns.map((value) => ({ type: 2 as const, value })), ...CERTIFICATE_HOSTS.ip.map((ip) => ({ type: 7 as const, ip }))],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
