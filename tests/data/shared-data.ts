// The DfE files as published, read from the shared data folder beside the project when it is there
// (tests only; the product reads its shipped copies in src/data/dfe). Without that folder the tests
// read the shipped copies, which census-scenario.test.ts checks byte for byte against the shared
// ones whenever both are present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHIPPED_DATA_DIR } from '../../src/data/read-census-files.js';

const SHARED = resolve(import.meta.dirname, '../../../shared/data/dfe');

export const SHARED_DATA_PRESENT = existsSync(SHARED);

export const SHARED_DFE_DIR = SHARED_DATA_PRESENT ? SHARED : SHIPPED_DATA_DIR;

export const sharedFiles = (): string[] => readdirSync(SHARED_DFE_DIR).filter((f) => f.endsWith('.csv'));

export const readShared = (file: string): string => readFileSync(resolve(SHARED_DFE_DIR, file), 'utf8');
