import { lookup } from 'node:dns/promises';

/**
 * Whether `host` resolves: the network scripts (check:links, check:drift) check nothing
 * without one, and say so. ATLAS_OFFLINE=1 answers no without asking.
 */
export async function online(host: string): Promise<boolean> {
  if (process.env.ATLAS_OFFLINE === '1') return false;
  try {
    await lookup(host);
    return true;
  } catch {
    return false;
  }
}
