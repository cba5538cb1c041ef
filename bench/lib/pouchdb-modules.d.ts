// PouchDB's packages ship no types; the benchmark's peer uses only a few calls of them.
declare module 'pouchdb-core';
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-replication';
