import type { Connector, Operation } from "../src/index.js";

export function operationIdToName(operationId: string): string;
export function loadGithubSpec(): Record<string, unknown>;
export function loadPetstoreSpec(): Record<string, unknown>;
export function openApiOperations(spec: Record<string, unknown>, namespace: string): Operation[];
export function evalOperations(): Operation[];
export function staticConnector(namespace: string, operations: Operation[]): Connector;
export function connectorsFor(operations: Operation[]): Connector[];
