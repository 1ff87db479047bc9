export declare function startPostgres(): { url: string; stop(): void }
