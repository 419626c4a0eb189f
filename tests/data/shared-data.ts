// The DfE files as published, read from the shared data folder (tests only; the product reads its
// shipped copies in src/data/dfe).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DFE_DIR = resolve(import.meta.dirname, '../../../shared/data/dfe');

export const sharedFiles = (): string[] => readdirSync(SHARED_DFE_DIR).filter((f) => f.endsWith('.csv'));

export const readShared = (file: string): string => readFileSync(resolve(SHARED_DFE_DIR, file), 'utf8');
