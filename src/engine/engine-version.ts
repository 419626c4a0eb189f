/**
 * Version of the model and its random streams. Any change that alters results for the same
 * scenario and seed bumps it, together with the golden tests.
 */
export const ENGINE_VERSION = '1.3.0';
