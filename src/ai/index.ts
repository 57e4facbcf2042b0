/**
 * `codemode/ai`: codemode's tools for the Vercel AI SDK (`ai` is an optional peer dependency,
 * loaded only by this entry). The provider-neutral tools (OpenAI, Anthropic) are in `codemode`.
 */
export {
  type AiToolsOptions,
  aiTools,
  type CodeModeToolSet,
  type DescribeInput,
  type ExecuteInput,
  type SearchInput,
} from "./ai-tools.js";
export { pausedExecutions, type StepsWithToolResults } from "./paused-executions.js";
