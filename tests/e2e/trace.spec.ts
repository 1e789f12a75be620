// Keeps the recorded login path and failures true: records them again from a real JupyterHub
// and compares with the committed graph-data/traces/ (paths, statuses, redirects, cookie names,
// order, the failures' words and log lines; not timings). Proves no secret reaches the files.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './fixtures';
import { traceScript, type TraceExchangeRecord } from './scripts';

const COMMITTED = 'graph-data/traces';

interface LoginFile {
  exchanges: TraceExchangeRecord[];
}
interface FailuresFile {
  failures: { id: string; status: number; page: string[]; hubLine: string }[];
}
const read = <T>(dir: string, name: string) => parse(readFileSync(join(dir, name), 'utf8')) as T;

/** What must stay the same between two recordings. */
function shape(login: LoginFile) {
  const key = (e: TraceExchangeRecord) =>
    [
      e.actor,
      e.to ?? '',
      e.method ?? '',
      e.path ?? '',
      e.status ?? '',
      e.location ?? '',
      (e.cookies ?? []).join(' '),
      e.note ?? '',
    ].join(' | ');
  const browser = [...new Set(login.exchanges.filter((e) => e.actor === 'browser').map(key))];
  const others = [...new Set(login.exchanges.filter((e) => e.actor !== 'browser').map(key))].sort();
  return { browser, others };
}

function diff(name: string, expected: string[], actual: string[]): string[] {
  const gone = expected.filter((x) => !actual.includes(x)).map((x) => `- ${x}`);
  const added = actual.filter((x) => !expected.includes(x)).map((x) => `+ ${x}`);
  const order =
    gone.length === 0 && added.length === 0 && expected.join() !== actual.join()
      ? ['(same entries, another order)']
      : [];
  return [...gone, ...added, ...order].length === 0
    ? []
    : [`${name}:`, ...gone, ...added, ...order];
}

const failureLines = (file: FailuresFile) =>
  file.failures.map(
    (f) =>
      `${f.id} | ${f.status} | ${f.page.find((l) => /Spawn failed|Invalid/.test(l)) ?? ''} | ${f.hubLine}`,
  );

test.describe('the recorded trace', () => {
  test('scrubs planted secrets from paths, cookies and log lines', async () => {
    const { Scrubber } = await traceScript();
    const scrub = new Scrubber('ana');
    scrub.add('planted-password-123');
    const path = scrub.path(
      'http://127.0.0.1:1/user/ana/oauth_callback?code=planted-code-456&state=planted-state-789',
      'http://127.0.0.1:1',
    );
    expect(path).toBe('/user/{user}/oauth_callback?code=…&state=…');
    const text = scrub.text(
      `token planted-code-456 and planted-password-123 and ${'a1'.repeat(20)} and planted-state-789`,
    );
    for (const secret of [
      'planted-password-123',
      'planted-code-456',
      'planted-state-789',
      'a1'.repeat(20),
    ])
      expect(text, `${secret} was removed`).not.toContain(secret);
  });

  test('records the same login path and failures as the committed files, with no secret in them', async () => {
    // A login, a spawn and four failures against a real hub, each started and stopped.
    test.setTimeout(300_000);
    const { record, writeTraces } = await traceScript();
    const dir = mkdtempSync(join(tmpdir(), 'atlas-trace-check-'));
    try {
      const { files, secrets } = await record();
      writeTraces(files, dir);
      // No password, cookie value, state, code or _xsrf value reaches the files.
      const written =
        readFileSync(join(dir, 'login.yaml'), 'utf8') +
        readFileSync(join(dir, 'failures.yaml'), 'utf8');
      expect(secrets.length, 'secrets the recording saw').toBeGreaterThanOrEqual(3);
      expect(
        secrets.filter((secret) => written.includes(secret)).length,
        'secrets that reached the trace',
      ).toBe(0);
      const committed =
        readFileSync(join(COMMITTED, 'login.yaml'), 'utf8') +
        readFileSync(join(COMMITTED, 'failures.yaml'), 'utf8');
      expect(
        secrets.filter((secret) => committed.includes(secret)).length,
        'secrets in the committed trace',
      ).toBe(0);

      const now = shape(read<LoginFile>(dir, 'login.yaml'));
      const then = shape(read<LoginFile>(COMMITTED, 'login.yaml'));
      const changes = [
        ...diff('the browser’s exchanges', then.browser, now.browser),
        ...diff('the hub’s, the proxy’s and the server’s', then.others, now.others),
        ...diff(
          'the failures',
          failureLines(read<FailuresFile>(COMMITTED, 'failures.yaml')),
          failureLines(read<FailuresFile>(dir, 'failures.yaml')),
        ),
      ];
      expect(
        changes,
        `the hub no longer does what graph-data/traces/ says; if that is expected, run npm run trace and review the diff:\n${changes.join('\n')}`,
      ).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
