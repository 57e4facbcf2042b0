// The few WebAssembly globals the sandbox uses: @types/node 20 does not declare them and the DOM
// library would bring browser globals the rest of the code must not see.
declare namespace WebAssembly {
  interface MemoryDescriptor {
    initial: number;
    maximum?: number;
  }
  class Memory {
    constructor(descriptor: MemoryDescriptor);
    readonly buffer: ArrayBuffer;
    grow(delta: number): number;
  }
  class Module {
    private constructor();
  }
  function compile(bytes: ArrayBufferView | ArrayBuffer): Promise<Module>;
}
