import { describeSandboxContract } from "../sandbox-contract.js";
import { createQuickJSSandbox } from "./quickjs-sandbox.js";

describeSandboxContract("quickjs", () => createQuickJSSandbox());
