using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace RlGym.Cli.Tests.Fixtures;

/// <summary>One IL instruction: its opcode and, for calls, field stores and local loads/stores, its operand.</summary>
internal readonly record struct IlInstruction(OpCode OpCode, int Operand)
{
    /// <summary>The local index a stloc stores into, or -1.</summary>
    public int StoredLocal => OpCode.Value switch
    {
        0x0A => 0, 0x0B => 1, 0x0C => 2, 0x0D => 3,
        0x13 or unchecked((short)0xFE0E) => Operand,
        _ => -1,
    };

    /// <summary>The local index a ldloc loads, or -1.</summary>
    public int LoadedLocal => OpCode.Value switch
    {
        0x06 => 0, 0x07 => 1, 0x08 => 2, 0x09 => 3,
        0x11 or unchecked((short)0xFE0C) => Operand,
        _ => -1,
    };

    public bool IsCall => OpCode == OpCodes.Call || OpCode == OpCodes.Callvirt || OpCode == OpCodes.Newobj;

    /// <summary>A call, or a delegate made from a method (ldftn, ldvirtftn) that is called later.</summary>
    public bool NamesMethod => IsCall || OpCode == OpCodes.Ldftn || OpCode == OpCodes.Ldvirtftn;
}

/// <summary>A called method as a name both a caller's reference and the callee's definition give alike.</summary>
internal readonly record struct CalledMethod(string Key, string Name, string ReturnType);

/// <summary>
/// Reads the methods of one assembly and the calls in their bodies, with System.Reflection.Metadata alone: each method
/// named as <c>Namespace.Type/Nested::Name`arity(param,...)</c>, so a call in one assembly matches the definition in another.
/// </summary>
internal sealed class IlAssembly : IDisposable
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!).ToDictionary(code => code.Value);

    private readonly PEReader pe;

    public IlAssembly(string path)
    {
        pe = new PEReader(File.OpenRead(path));
        Reader = pe.GetMetadataReader();
        Name = Reader.GetString(Reader.GetAssemblyDefinition().Name);
    }

    public MetadataReader Reader { get; }

    /// <summary>Whether <paramref name="path"/> is a .NET assembly (not a native library).</summary>
    public static bool IsManaged(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        return pe.HasMetadata;
    }

    public string Name { get; }

    public bool References(string assemblyName) =>
        Reader.AssemblyReferences.Any(handle => Reader.GetString(Reader.GetAssemblyReference(handle).Name) == assemblyName);

    /// <summary>Every method with a body: its key and its instructions.</summary>
    public IEnumerable<(string Method, IReadOnlyList<IlInstruction> Body)> Methods()
    {
        foreach (var typeHandle in Reader.TypeDefinitions)
        {
            foreach (var methodHandle in Reader.GetTypeDefinition(typeHandle).GetMethods())
            {
                var method = Reader.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0) continue;
                var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                yield return (Describe(methodHandle).Key, Decode(body.GetILReader()));
            }
        }
    }

    /// <summary>Every virtual or abstract method (interface methods too).</summary>
    public IEnumerable<string> VirtualMethods() =>
        Reader.MethodDefinitions.Where(handle => (Reader.GetMethodDefinition(handle).Attributes & MethodAttributes.Virtual) != 0)
            .Select(handle => Describe(handle).Key);

    /// <summary>The method a call, callvirt or newobj token names.</summary>
    public CalledMethod Describe(EntityHandle handle)
    {
        var provider = new TypeNames();
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
            {
                var method = Reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                var signature = method.DecodeSignature(provider, null);
                return Key(TypeNames.Definition(Reader, method.GetDeclaringType()), Reader.GetString(method.Name), signature);
            }
            case HandleKind.MemberReference:
            {
                var member = Reader.GetMemberReference((MemberReferenceHandle)handle);
                var signature = member.DecodeMethodSignature(provider, null);
                string type = member.Parent.Kind switch
                {
                    HandleKind.TypeDefinition => TypeNames.Definition(Reader, (TypeDefinitionHandle)member.Parent),
                    HandleKind.TypeReference => TypeNames.Reference(Reader, (TypeReferenceHandle)member.Parent),
                    HandleKind.TypeSpecification => TypeNames.GenericDefinitionOf(Reader, (TypeSpecificationHandle)member.Parent),
                    HandleKind.MethodDefinition => Describe(member.Parent).Key.Split("::")[0],
                    _ => "?",
                };
                return Key(type, Reader.GetString(member.Name), signature);
            }
            case HandleKind.MethodSpecification:
                return Describe(Reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
            default:
                return new CalledMethod("?", "?", "?");
        }
    }

    public void Dispose() => pe.Dispose();

    private static CalledMethod Key(string type, string name, MethodSignature<string> signature) =>
        new($"{type}::{name}`{signature.GenericParameterCount}({string.Join(",", signature.ParameterTypes)})", name, signature.ReturnType);

    private static List<IlInstruction> Decode(BlobReader il)
    {
        var instructions = new List<IlInstruction>();
        while (il.RemainingBytes > 0)
        {
            short value = il.ReadByte();
            if (value == 0xFE) value = unchecked((short)(0xFE00 | il.ReadByte()));
            var code = OpCodesByValue[value];
            int operand = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => il.ReadByte(),
                OperandType.InlineVar => il.ReadUInt16(),
                OperandType.InlineI8 or OperandType.InlineR => (int)il.ReadInt64(),
                OperandType.InlineSwitch => SkipSwitch(ref il),
                _ => il.ReadInt32(),
            };
            instructions.Add(new IlInstruction(code, operand));
        }
        return instructions;
    }

    private static int SkipSwitch(ref BlobReader il)
    {
        int count = il.ReadInt32();
        il.Offset += 4 * count;
        return count;
    }

    /// <summary>Type names for signatures: generic parameters by position, modifiers dropped.</summary>
    private sealed class TypeNames : ISignatureTypeProvider<string, object?>
    {
        public static string Definition(MetadataReader reader, TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            var declaring = type.GetDeclaringType();
            return declaring.IsNil
                ? Join(reader.GetString(type.Namespace), reader.GetString(type.Name))
                : Definition(reader, declaring) + "/" + reader.GetString(type.Name);
        }

        public static string Reference(MetadataReader reader, TypeReferenceHandle handle)
        {
            var type = reader.GetTypeReference(handle);
            return type.ResolutionScope.Kind == HandleKind.TypeReference
                ? Reference(reader, (TypeReferenceHandle)type.ResolutionScope) + "/" + reader.GetString(type.Name)
                : Join(reader.GetString(type.Namespace), reader.GetString(type.Name));
        }

        public static string GenericDefinitionOf(MetadataReader reader, TypeSpecificationHandle handle)
        {
            string name = reader.GetTypeSpecification(handle).DecodeSignature(new TypeNames(), null);
            int open = name.IndexOf('<', StringComparison.Ordinal);
            return open < 0 ? name : name[..open];
        }

        private static string Join(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
        public string GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind) => Definition(r, handle);
        public string GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind) => Reference(r, handle);
        public string GetTypeFromSpecification(MetadataReader r, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
            r.GetTypeSpecification(handle).DecodeSignature(this, context);
        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";
        public string GetByReferenceType(string elementType) => elementType + "&";
        public string GetPointerType(string elementType) => elementType + "*";
        public string GetPinnedType(string elementType) => elementType;
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
            genericType + "<" + string.Join(",", typeArguments) + ">";
        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;
        public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;
        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";
    }
}
