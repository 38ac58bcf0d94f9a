import type { ChildProcess } from 'node:child_process';

export function ensureBuild(options?: { force?: boolean }): boolean;
export function freePort(): Promise<number>;
export function startServer(port: number, options?: { env?: Record<string, string>; stderr?: 'inherit' | 'pipe' | 'ignore' }): Promise<ChildProcess>;
export function readRssKb(pid: number, field?: string): number;
