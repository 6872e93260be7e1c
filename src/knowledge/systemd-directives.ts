/**
 * Which sections a unit of each type may have and which keys each section
 * takes, from systemd's own documentation (systemd.directives(7)) and parser
 * table of one release (SYSTEMD_VERSION). Lookups are case-sensitive, as
 * systemd's are, and say what the author most likely meant.
 */
import type { UnitType } from '../model/systemd';

/** Sections every unit file may have. */
const COMMON_SECTIONS = ['Unit', 'Install'];

/** The type-specific section of each unit type (device and target units have none). */
export const TYPE_SECTION: Record<UnitType, string | undefined> = {
  service: 'Service', socket: 'Socket', mount: 'Mount', automount: 'Automount', swap: 'Swap',
  timer: 'Timer', path: 'Path', slice: 'Slice', scope: 'Scope', device: undefined, target: undefined,
};

/** Every section name systemd knows for unit files. */
export const UNIT_SECTIONS: readonly string[] = [
  ...COMMON_SECTIONS,
  ...Object.values(TYPE_SECTION).filter((s): s is string => !!s),
];

/** The sections a unit of this type may contain; every unit section when the type is not known. */
export function sectionsFor(type: UnitType | undefined): string[] {
  if (!type) return [...UNIT_SECTIONS];
  const own = TYPE_SECTION[type];
  return own ? [...COMMON_SECTIONS, own] : [...COMMON_SECTIONS];
}

/** `X-` sections and keys are for other programs; systemd ignores them by design. */
export const isExtension = (name: string): boolean => name.startsWith('X-');

const split = (table: Record<string, string>) =>
  new Map(Object.entries(table).map(([s, keys]) => [s, new Set(keys.split(' ').filter(Boolean))]));

let documented: Map<string, Set<string>> | undefined;
let legacy: Map<string, Set<string>> | undefined;
const docTable = () => (documented ??= split(DOCUMENTED));
const legacyTable = () => (legacy ??= split(LEGACY));

/** The keys a section takes, documented ones first; legacy ones only when asked. */
export function keysOf(section: string, withLegacy = false): string[] {
  const d = [...(docTable().get(section) ?? [])];
  return withLegacy ? [...d, ...(legacyTable().get(section) ?? [])] : d;
}

export type SectionLookup =
  | { known: true }
  | {
      known: false;
      /** The same name with the right case ('service' → 'Service'). */
      caseFix?: string;
      suggestions: string[];
      /** Set when the section exists, but for another unit type ([Service] in a .timer). */
      wrongType?: boolean;
    };

export function lookupSection(name: string, type?: UnitType): SectionLookup {
  const allowed = sectionsFor(type);
  if (allowed.includes(name) || isExtension(name)) return { known: true };
  const caseFix = allowed.find((s) => s.toLowerCase() === name.toLowerCase());
  if (UNIT_SECTIONS.includes(name)) return { known: false, wrongType: true, suggestions: [] };
  return { known: false, caseFix, suggestions: caseFix ? [caseFix] : didYouMean(name, allowed) };
}

export type KeyLookup =
  | {
      known: true;
      /** Accepted by systemd but no longer documented: renamed or removed (systemd may warn or ignore it). */
      legacy: boolean;
    }
  | {
      known: false;
      /** The key with the right case ('execstart' → 'ExecStart'). */
      caseFix?: string;
      /** Close keys of this section, best first. */
      suggestions: string[];
      /** Other unit sections where this exact key is valid (`Before=` belongs in [Unit]). */
      elsewhere: string[];
    };

/** Looks a key up in a section, case-sensitively as systemd does. */
export function lookupKey(section: string, key: string): KeyLookup {
  if (isExtension(key) || isExtension(section)) return { known: true, legacy: false };
  if (docTable().get(section)?.has(key)) return { known: true, legacy: false };
  if (legacyTable().get(section)?.has(key)) return { known: true, legacy: true };
  const candidates = keysOf(section);
  const lower = key.toLowerCase();
  const caseFix =
    candidates.find((k) => k.toLowerCase() === lower) ??
    keysOf(section, true).find((k) => k.toLowerCase() === lower);
  const elsewhere = UNIT_SECTIONS.filter((s) => s !== section && docTable().get(s)?.has(caseFix ?? key));
  return { known: false, caseFix, suggestions: caseFix ? [caseFix] : didYouMean(key, candidates), elsewhere };
}

/** A plain message for an unknown key, for rules to report. */
export function unknownKeyMessage(section: string, key: string, found: Extract<KeyLookup, { known: false }>): string {
  if (found.caseFix) return `\`${key}\` is not a key; did you mean \`${found.caseFix}\`? (systemd keys are case-sensitive)`;
  if (found.elsewhere.length)
    return `\`${key}=\` does not belong in [${section}]; it is a [${found.elsewhere.join('] / [')}] setting`;
  const hint = found.suggestions.length ? `; did you mean \`${found.suggestions[0]}\`?` : '';
  return `\`${key}\` is not a [${section}] key in systemd ${SYSTEMD_VERSION}${hint}`;
}

/** Candidates within a small edit distance of `word` (case ignored), closest first. */
export function didYouMean(word: string, candidates: Iterable<string>, max = 3): string[] {
  const w = word.toLowerCase();
  const limit = w.length <= 4 ? 1 : w.length <= 8 ? 2 : 3;
  const scored: Array<[string, number]> = [];
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), limit);
    if (d <= limit) scored.push([c, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, max).map(([c]) => c);
}

/** Optimal-string-alignment distance (a swap of two neighbours counts once), cut off above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
      rows[i][j] = v;
    }
  }
  return rows[a.length][b.length];
}

// BEGIN GENERATED by src/tools/gen-systemd-directives.ts
/** The systemd release the tables below come from. */
export const SYSTEMD_VERSION = "262.1 (Debian 262.1-1)";

/** Keys per section, as systemd.directives(7) documents them. */
const DOCUMENTED: Record<string, string> = {
  Unit:
    'After AllowIsolate AssertACPower AssertArchitecture AssertCPUFeature AssertCPUPressure'
      + ' AssertCPUs AssertCapability AssertControlGroupController AssertCredential'
      + ' AssertDirectoryNotEmpty AssertEnvironment AssertFileIsExecutable AssertFileNotEmpty'
      + ' AssertFirstBoot AssertFraction AssertGroup AssertHost AssertIOPressure AssertKernelCommandLine'
      + ' AssertKernelModuleLoaded AssertKernelVersion AssertMachineTag AssertMemory AssertMemoryPressure'
      + ' AssertNeedsUpdate AssertOSRelease AssertPathExists AssertPathExistsGlob AssertPathIsDirectory'
      + ' AssertPathIsEncrypted AssertPathIsMountPoint AssertPathIsReadWrite AssertPathIsSocket'
      + ' AssertPathIsSymbolicLink AssertSecurity AssertUser AssertVersion AssertVirtualization Before'
      + ' BindsTo CollectMode ConditionACPower ConditionArchitecture ConditionCPUFeature'
      + ' ConditionCPUPressure ConditionCPUs ConditionCapability ConditionControlGroupController'
      + ' ConditionCredential ConditionDirectoryNotEmpty ConditionEnvironment ConditionFileIsExecutable'
      + ' ConditionFileNotEmpty ConditionFirmware ConditionFirstBoot ConditionFraction ConditionGroup'
      + ' ConditionHost ConditionIOPressure ConditionKernelCommandLine ConditionKernelModuleLoaded'
      + ' ConditionKernelVersion ConditionMachineTag ConditionMemory ConditionMemoryPressure'
      + ' ConditionNeedsUpdate ConditionOSRelease ConditionPathExists ConditionPathExistsGlob'
      + ' ConditionPathIsDirectory ConditionPathIsEncrypted ConditionPathIsMountPoint'
      + ' ConditionPathIsReadWrite ConditionPathIsSocket ConditionPathIsSymbolicLink ConditionSecurity'
      + ' ConditionUser ConditionVersion ConditionVirtualization Conflicts DefaultDependencies Description'
      + ' Documentation FailureAction FailureActionExitStatus IgnoreOnIsolate JobRunningTimeoutSec'
      + ' JobTimeoutAction JobTimeoutRebootArgument JobTimeoutSec JoinsNamespaceOf OnFailure'
      + ' OnFailureJobMode OnSuccess OnSuccessJobMode PartOf PropagatesReloadTo PropagatesStopTo'
      + ' RebootArgument RefuseManualStart RefuseManualStop ReloadPropagatedFrom Requires'
      + ' RequiresMountsFor Requisite SourcePath StartLimitAction StartLimitBurst StartLimitIntervalSec'
      + ' StopPropagatedFrom StopWhenUnneeded SuccessAction SuccessActionExitStatus SurviveFinalKillSignal'
      + ' Upholds Wants WantsMountsFor',
  Install:
    'Alias Also DefaultInstance RequiredBy UpheldBy WantedBy',
  Service:
    'AllowedCPUs AllowedMemoryNodes AmbientCapabilities AppArmorProfile BPFDelegateAttachments'
      + ' BPFDelegateCommands BPFDelegateMaps BPFDelegatePrograms BPFProgram BindLogSockets'
      + ' BindNetworkInterface BindPaths BindReadOnlyPaths BusName CPUAffinity CPUPressureThresholdSec'
      + ' CPUPressureWatch CPUQuota CPUQuotaPeriodSec CPUSchedulingPolicy CPUSchedulingPriority'
      + ' CPUSchedulingResetOnFork CPUSetPartition CPUWeight CacheDirectory CacheDirectoryAccounting'
      + ' CacheDirectoryMode CacheDirectoryQuota CapabilityBoundingSet ConfigurationDirectory'
      + ' ConfigurationDirectoryMode CoredumpFilter CoredumpReceive Delegate DelegateNamespaces'
      + ' DelegateSubgroup DeviceAllow DevicePolicy DisableControllers DynamicUser Environment'
      + ' EnvironmentFile ExecCondition ExecPaths ExecReload ExecReloadPost ExecSearchPath ExecStart'
      + ' ExecStartPost ExecStartPre ExecStop ExecStopPost ExitType ExtensionDirectories'
      + ' ExtensionImagePolicy ExtensionImages FileDescriptorStoreMax FileDescriptorStorePreserve'
      + ' FinalKillSignal Group GuessMainPID IOAccounting IODeviceLatencyTargetSec IODeviceWeight'
      + ' IOPressureThresholdSec IOPressureWatch IOReadBandwidthMax IOReadIOPSMax IOSchedulingClass'
      + ' IOSchedulingPriority IOWeight IOWriteBandwidthMax IOWriteIOPSMax IPAccounting IPAddressAllow'
      + ' IPAddressDeny IPCNamespacePath IPEgressFilterPath IPIngressFilterPath IgnoreSIGPIPE'
      + ' ImportCredential InaccessiblePaths KeyringMode KillMode KillSignal LUOSession LimitAS LimitCORE'
      + ' LimitCPU LimitDATA LimitFSIZE LimitLOCKS LimitMEMLOCK LimitMSGQUEUE LimitNICE LimitNOFILE'
      + ' LimitNPROC LimitRSS LimitRTPRIO LimitRTTIME LimitSIGPENDING LimitSTACK LoadCredential'
      + ' LoadCredentialEncrypted LockPersonality LogExtraFields LogFilterPatterns LogLevelMax'
      + ' LogNamespace LogRateLimitBurst LogRateLimitIntervalSec LogsDirectory LogsDirectoryAccounting'
      + ' LogsDirectoryMode LogsDirectoryQuota ManagedOOMMemoryPressure'
      + ' ManagedOOMMemoryPressureDurationSec ManagedOOMMemoryPressureLimit ManagedOOMPreference'
      + ' ManagedOOMSwap MemoryAccounting MemoryDenyWriteExecute MemoryHigh MemoryKSM MemoryLow MemoryMax'
      + ' MemoryMin MemoryPressureThresholdSec MemoryPressureWatch MemorySwapMax MemoryTHP MemoryZSwapMax'
      + ' MemoryZSwapWriteback MountAPIVFS MountFlags MountImagePolicy MountImages NFTSet NUMAMask'
      + ' NUMAPolicy NetworkNamespacePath Nice NoExecPaths NoNewPrivileges NonBlocking NotifyAccess'
      + ' OOMPolicy OOMRules OOMScoreAdjust OpenFile PAMName PIDFile PassEnvironment Personality'
      + ' PrivateBPF PrivateDevices PrivateIPC PrivateMounts PrivateNetwork PrivatePIDs PrivateTmp'
      + ' PrivateUsers ProcSubset ProtectClock ProtectControlGroups ProtectHome ProtectHostname'
      + ' ProtectKernelLogs ProtectKernelModules ProtectKernelTunables ProtectProc ProtectSystem'
      + ' ReadOnlyPaths ReadWritePaths RefreshOnReload ReloadSignal RemainAfterExit RemoveIPC Restart'
      + ' RestartForceExitStatus RestartKillSignal RestartMaxDelaySec RestartMode RestartPreventExitStatus'
      + ' RestartRandomizedDelaySec RestartSec RestartSteps RestrictAddressFamilies RestrictFileSystems'
      + ' RestrictNamespaces RestrictNetworkInterfaces RestrictRealtime RestrictSUIDSGID RootDirectory'
      + ' RootDirectoryStartOnly RootEphemeral RootHash RootHashSignature RootImage RootImageOptions'
      + ' RootImagePolicy RootMStack RootVerity RuntimeDirectory RuntimeDirectoryMode'
      + ' RuntimeDirectoryPreserve RuntimeMaxSec RuntimeRandomizedExtraSec SELinuxContext SecureBits'
      + ' SendSIGHUP SendSIGKILL SetCredential SetCredentialEncrypted SetLoginEnvironment Slice'
      + ' SmackProcessLabel SocketBindAllow SocketBindDeny Sockets StandardError StandardInput'
      + ' StandardInputData StandardInputText StandardOutput StartupAllowedCPUs StartupAllowedMemoryNodes'
      + ' StartupCPUWeight StartupIOWeight StartupMemoryHigh StartupMemoryLow StartupMemoryMax'
      + ' StartupMemorySwapMax StartupMemoryZSwapMax StateDirectory StateDirectoryAccounting'
      + ' StateDirectoryMode StateDirectoryQuota SuccessExitStatus SupplementaryGroups SyslogFacility'
      + ' SyslogIdentifier SyslogLevel SyslogLevelPrefix SystemCallArchitectures SystemCallErrorNumber'
      + ' SystemCallFilter SystemCallLog TTYColumns TTYPath TTYReset TTYRows TTYVHangup TTYVTDisallocate'
      + ' TasksAccounting TasksMax TemporaryFileSystem TimeoutAbortSec TimeoutCleanSec TimeoutSec'
      + ' TimeoutStartFailureMode TimeoutStartSec TimeoutStopFailureMode TimeoutStopSec TimerSlackNSec'
      + ' Type UMask USBFunctionDescriptors USBFunctionStrings UnsetEnvironment User UserNamespacePath'
      + ' UtmpIdentifier UtmpMode WatchdogSec WatchdogSignal WorkingDirectory',
  Socket:
    'Accept AcceptFileDescriptors AllowedCPUs AllowedMemoryNodes AmbientCapabilities AppArmorProfile'
      + ' BPFDelegateAttachments BPFDelegateCommands BPFDelegateMaps BPFDelegatePrograms BPFProgram'
      + ' Backlog BindIPv6Only BindLogSockets BindNetworkInterface BindPaths BindReadOnlyPaths'
      + ' BindToDevice Broadcast CPUAffinity CPUPressureThresholdSec CPUPressureWatch CPUQuota'
      + ' CPUQuotaPeriodSec CPUSchedulingPolicy CPUSchedulingPriority CPUSchedulingResetOnFork'
      + ' CPUSetPartition CPUWeight CacheDirectory CacheDirectoryAccounting CacheDirectoryMode'
      + ' CacheDirectoryQuota CapabilityBoundingSet ConfigurationDirectory ConfigurationDirectoryMode'
      + ' CoredumpFilter CoredumpReceive DeferAcceptSec DeferTrigger DeferTriggerMaxSec Delegate'
      + ' DelegateNamespaces DelegateSubgroup DeviceAllow DevicePolicy DirectoryMode DisableControllers'
      + ' DynamicUser Environment EnvironmentFile ExecPaths ExecSearchPath ExecStartPost ExecStartPre'
      + ' ExecStopPost ExecStopPre ExtensionDirectories ExtensionImagePolicy ExtensionImages'
      + ' FileDescriptorName FinalKillSignal FlushPending FreeBind Group IOAccounting'
      + ' IODeviceLatencyTargetSec IODeviceWeight IOPressureThresholdSec IOPressureWatch'
      + ' IOReadBandwidthMax IOReadIOPSMax IOSchedulingClass IOSchedulingPriority IOWeight'
      + ' IOWriteBandwidthMax IOWriteIOPSMax IPAccounting IPAddressAllow IPAddressDeny IPCNamespacePath'
      + ' IPEgressFilterPath IPIngressFilterPath IPTOS IPTTL IgnoreSIGPIPE ImportCredential'
      + ' InaccessiblePaths KeepAlive KeepAliveIntervalSec KeepAliveProbes KeepAliveTimeSec KeyringMode'
      + ' KillMode KillSignal LimitAS LimitCORE LimitCPU LimitDATA LimitFSIZE LimitLOCKS LimitMEMLOCK'
      + ' LimitMSGQUEUE LimitNICE LimitNOFILE LimitNPROC LimitRSS LimitRTPRIO LimitRTTIME LimitSIGPENDING'
      + ' LimitSTACK ListenDatagram ListenFIFO ListenMessageQueue ListenNetlink ListenSequentialPacket'
      + ' ListenSpecial ListenStream ListenUSBFunction LoadCredential LoadCredentialEncrypted'
      + ' LockPersonality LogExtraFields LogFilterPatterns LogLevelMax LogNamespace LogRateLimitBurst'
      + ' LogRateLimitIntervalSec LogsDirectory LogsDirectoryAccounting LogsDirectoryMode'
      + ' LogsDirectoryQuota ManagedOOMMemoryPressure ManagedOOMMemoryPressureDurationSec'
      + ' ManagedOOMMemoryPressureLimit ManagedOOMPreference ManagedOOMSwap Mark MaxConnections'
      + ' MaxConnectionsPerSource MemoryAccounting MemoryDenyWriteExecute MemoryHigh MemoryKSM MemoryLow'
      + ' MemoryMax MemoryMin MemoryPressureThresholdSec MemoryPressureWatch MemorySwapMax MemoryTHP'
      + ' MemoryZSwapMax MemoryZSwapWriteback MessageQueueMaxMessages MessageQueueMessageSize MountAPIVFS'
      + ' MountFlags MountImagePolicy MountImages NFTSet NUMAMask NUMAPolicy NetworkNamespacePath Nice'
      + ' NoDelay NoExecPaths NoNewPrivileges OOMRules OOMScoreAdjust PAMName PassCredentials'
      + ' PassEnvironment PassFileDescriptorsToExec PassPIDFD PassPacketInfo PassSecurity Personality'
      + ' PipeSize PollLimitBurst PollLimitIntervalSec Priority PrivateBPF PrivateDevices PrivateIPC'
      + ' PrivateMounts PrivateNetwork PrivatePIDs PrivateTmp PrivateUsers ProcSubset ProtectClock'
      + ' ProtectControlGroups ProtectHome ProtectHostname ProtectKernelLogs ProtectKernelModules'
      + ' ProtectKernelTunables ProtectProc ProtectSystem ReadOnlyPaths ReadWritePaths ReceiveBuffer'
      + ' RemoveIPC RemoveOnStop RestartKillSignal RestrictAddressFamilies RestrictFileSystems'
      + ' RestrictNamespaces RestrictNetworkInterfaces RestrictRealtime RestrictSUIDSGID ReusePort'
      + ' RootDirectory RootEphemeral RootHash RootHashSignature RootImage RootImageOptions'
      + ' RootImagePolicy RootMStack RootVerity RuntimeDirectory RuntimeDirectoryMode'
      + ' RuntimeDirectoryPreserve SELinuxContext SELinuxContextFromNet SecureBits SendBuffer SendSIGHUP'
      + ' SendSIGKILL Service SetCredential SetCredentialEncrypted SetLoginEnvironment Slice SmackLabel'
      + ' SmackLabelIPIn SmackLabelIPOut SmackProcessLabel SocketBindAllow SocketBindDeny SocketGroup'
      + ' SocketMode SocketProtocol SocketUser StandardError StandardInput StandardInputData'
      + ' StandardInputText StandardOutput StartupAllowedCPUs StartupAllowedMemoryNodes StartupCPUWeight'
      + ' StartupIOWeight StartupMemoryHigh StartupMemoryLow StartupMemoryMax StartupMemorySwapMax'
      + ' StartupMemoryZSwapMax StateDirectory StateDirectoryAccounting StateDirectoryMode'
      + ' StateDirectoryQuota SupplementaryGroups Symlinks SyslogFacility SyslogIdentifier SyslogLevel'
      + ' SyslogLevelPrefix SystemCallArchitectures SystemCallErrorNumber SystemCallFilter SystemCallLog'
      + ' TCPCongestion TTYColumns TTYPath TTYReset TTYRows TTYVHangup TTYVTDisallocate TasksAccounting'
      + ' TasksMax TemporaryFileSystem TimeoutCleanSec TimeoutSec TimerSlackNSec Timestamping Transparent'
      + ' TriggerLimitBurst TriggerLimitIntervalSec UMask UnsetEnvironment User UserNamespacePath'
      + ' UtmpIdentifier UtmpMode WatchdogSignal WorkingDirectory Writable XAttrAccept XAttrEntryPoint'
      + ' XAttrListen',
  Mount:
    'AllowedCPUs AllowedMemoryNodes AmbientCapabilities AppArmorProfile BPFDelegateAttachments'
      + ' BPFDelegateCommands BPFDelegateMaps BPFDelegatePrograms BPFProgram BindLogSockets'
      + ' BindNetworkInterface BindPaths BindReadOnlyPaths CPUAffinity CPUPressureThresholdSec'
      + ' CPUPressureWatch CPUQuota CPUQuotaPeriodSec CPUSchedulingPolicy CPUSchedulingPriority'
      + ' CPUSchedulingResetOnFork CPUSetPartition CPUWeight CacheDirectory CacheDirectoryAccounting'
      + ' CacheDirectoryMode CacheDirectoryQuota CapabilityBoundingSet ConfigurationDirectory'
      + ' ConfigurationDirectoryMode CoredumpFilter CoredumpReceive Delegate DelegateNamespaces'
      + ' DelegateSubgroup DeviceAllow DevicePolicy DirectoryMode DisableControllers DynamicUser'
      + ' Environment EnvironmentFile ExecPaths ExecSearchPath ExtensionDirectories ExtensionImagePolicy'
      + ' ExtensionImages FinalKillSignal ForceUnmount Group IOAccounting IODeviceLatencyTargetSec'
      + ' IODeviceWeight IOPressureThresholdSec IOPressureWatch IOReadBandwidthMax IOReadIOPSMax'
      + ' IOSchedulingClass IOSchedulingPriority IOWeight IOWriteBandwidthMax IOWriteIOPSMax IPAccounting'
      + ' IPAddressAllow IPAddressDeny IPCNamespacePath IPEgressFilterPath IPIngressFilterPath'
      + ' IgnoreSIGPIPE ImportCredential InaccessiblePaths KeyringMode KillMode KillSignal LazyUnmount'
      + ' LimitAS LimitCORE LimitCPU LimitDATA LimitFSIZE LimitLOCKS LimitMEMLOCK LimitMSGQUEUE LimitNICE'
      + ' LimitNOFILE LimitNPROC LimitRSS LimitRTPRIO LimitRTTIME LimitSIGPENDING LimitSTACK'
      + ' LoadCredential LoadCredentialEncrypted LockPersonality LogExtraFields LogFilterPatterns'
      + ' LogLevelMax LogNamespace LogRateLimitBurst LogRateLimitIntervalSec LogsDirectory'
      + ' LogsDirectoryAccounting LogsDirectoryMode LogsDirectoryQuota ManagedOOMMemoryPressure'
      + ' ManagedOOMMemoryPressureDurationSec ManagedOOMMemoryPressureLimit ManagedOOMPreference'
      + ' ManagedOOMSwap MemoryAccounting MemoryDenyWriteExecute MemoryHigh MemoryKSM MemoryLow MemoryMax'
      + ' MemoryMin MemoryPressureThresholdSec MemoryPressureWatch MemorySwapMax MemoryTHP MemoryZSwapMax'
      + ' MemoryZSwapWriteback MountAPIVFS MountFlags MountImagePolicy MountImages NFTSet NUMAMask'
      + ' NUMAPolicy NetworkNamespacePath Nice NoExecPaths NoNewPrivileges OOMRules OOMScoreAdjust Options'
      + ' PAMName PassEnvironment Personality PrivateBPF PrivateDevices PrivateIPC PrivateMounts'
      + ' PrivateNetwork PrivatePIDs PrivateTmp PrivateUsers ProcSubset ProtectClock ProtectControlGroups'
      + ' ProtectHome ProtectHostname ProtectKernelLogs ProtectKernelModules ProtectKernelTunables'
      + ' ProtectProc ProtectSystem ReadOnlyPaths ReadWriteOnly ReadWritePaths RemoveIPC RestartKillSignal'
      + ' RestrictAddressFamilies RestrictFileSystems RestrictNamespaces RestrictNetworkInterfaces'
      + ' RestrictRealtime RestrictSUIDSGID RootDirectory RootEphemeral RootHash RootHashSignature'
      + ' RootImage RootImageOptions RootImagePolicy RootMStack RootVerity RuntimeDirectory'
      + ' RuntimeDirectoryMode RuntimeDirectoryPreserve SELinuxContext SecureBits SendSIGHUP SendSIGKILL'
      + ' SetCredential SetCredentialEncrypted SetLoginEnvironment Slice SloppyOptions SmackProcessLabel'
      + ' SocketBindAllow SocketBindDeny StandardError StandardInput StandardInputData StandardInputText'
      + ' StandardOutput StartupAllowedCPUs StartupAllowedMemoryNodes StartupCPUWeight StartupIOWeight'
      + ' StartupMemoryHigh StartupMemoryLow StartupMemoryMax StartupMemorySwapMax StartupMemoryZSwapMax'
      + ' StateDirectory StateDirectoryAccounting StateDirectoryMode StateDirectoryQuota'
      + ' SupplementaryGroups SyslogFacility SyslogIdentifier SyslogLevel SyslogLevelPrefix'
      + ' SystemCallArchitectures SystemCallErrorNumber SystemCallFilter SystemCallLog TTYColumns TTYPath'
      + ' TTYReset TTYRows TTYVHangup TTYVTDisallocate TasksAccounting TasksMax TemporaryFileSystem'
      + ' TimeoutCleanSec TimeoutSec TimerSlackNSec Type UMask UnsetEnvironment User UserNamespacePath'
      + ' UtmpIdentifier UtmpMode WatchdogSignal What Where WorkingDirectory',
  Automount:
    'DirectoryMode ExtraOptions TimeoutIdleSec Where',
  Swap:
    'AllowedCPUs AllowedMemoryNodes AmbientCapabilities AppArmorProfile BPFDelegateAttachments'
      + ' BPFDelegateCommands BPFDelegateMaps BPFDelegatePrograms BPFProgram BindLogSockets'
      + ' BindNetworkInterface BindPaths BindReadOnlyPaths CPUAffinity CPUPressureThresholdSec'
      + ' CPUPressureWatch CPUQuota CPUQuotaPeriodSec CPUSchedulingPolicy CPUSchedulingPriority'
      + ' CPUSchedulingResetOnFork CPUSetPartition CPUWeight CacheDirectory CacheDirectoryAccounting'
      + ' CacheDirectoryMode CacheDirectoryQuota CapabilityBoundingSet ConfigurationDirectory'
      + ' ConfigurationDirectoryMode CoredumpFilter CoredumpReceive Delegate DelegateNamespaces'
      + ' DelegateSubgroup DeviceAllow DevicePolicy DisableControllers DynamicUser Environment'
      + ' EnvironmentFile ExecPaths ExecSearchPath ExtensionDirectories ExtensionImagePolicy'
      + ' ExtensionImages FinalKillSignal Group IOAccounting IODeviceLatencyTargetSec IODeviceWeight'
      + ' IOPressureThresholdSec IOPressureWatch IOReadBandwidthMax IOReadIOPSMax IOSchedulingClass'
      + ' IOSchedulingPriority IOWeight IOWriteBandwidthMax IOWriteIOPSMax IPAccounting IPAddressAllow'
      + ' IPAddressDeny IPCNamespacePath IPEgressFilterPath IPIngressFilterPath IgnoreSIGPIPE'
      + ' ImportCredential InaccessiblePaths KeyringMode KillMode KillSignal LimitAS LimitCORE LimitCPU'
      + ' LimitDATA LimitFSIZE LimitLOCKS LimitMEMLOCK LimitMSGQUEUE LimitNICE LimitNOFILE LimitNPROC'
      + ' LimitRSS LimitRTPRIO LimitRTTIME LimitSIGPENDING LimitSTACK LoadCredential'
      + ' LoadCredentialEncrypted LockPersonality LogExtraFields LogFilterPatterns LogLevelMax'
      + ' LogNamespace LogRateLimitBurst LogRateLimitIntervalSec LogsDirectory LogsDirectoryAccounting'
      + ' LogsDirectoryMode LogsDirectoryQuota ManagedOOMMemoryPressure'
      + ' ManagedOOMMemoryPressureDurationSec ManagedOOMMemoryPressureLimit ManagedOOMPreference'
      + ' ManagedOOMSwap MemoryAccounting MemoryDenyWriteExecute MemoryHigh MemoryKSM MemoryLow MemoryMax'
      + ' MemoryMin MemoryPressureThresholdSec MemoryPressureWatch MemorySwapMax MemoryTHP MemoryZSwapMax'
      + ' MemoryZSwapWriteback MountAPIVFS MountFlags MountImagePolicy MountImages NFTSet NUMAMask'
      + ' NUMAPolicy NetworkNamespacePath Nice NoExecPaths NoNewPrivileges OOMRules OOMScoreAdjust Options'
      + ' PAMName PassEnvironment Personality Priority PrivateBPF PrivateDevices PrivateIPC PrivateMounts'
      + ' PrivateNetwork PrivatePIDs PrivateTmp PrivateUsers ProcSubset ProtectClock ProtectControlGroups'
      + ' ProtectHome ProtectHostname ProtectKernelLogs ProtectKernelModules ProtectKernelTunables'
      + ' ProtectProc ProtectSystem ReadOnlyPaths ReadWritePaths RemoveIPC RestartKillSignal'
      + ' RestrictAddressFamilies RestrictFileSystems RestrictNamespaces RestrictNetworkInterfaces'
      + ' RestrictRealtime RestrictSUIDSGID RootDirectory RootEphemeral RootHash RootHashSignature'
      + ' RootImage RootImageOptions RootImagePolicy RootMStack RootVerity RuntimeDirectory'
      + ' RuntimeDirectoryMode RuntimeDirectoryPreserve SELinuxContext SecureBits SendSIGHUP SendSIGKILL'
      + ' SetCredential SetCredentialEncrypted SetLoginEnvironment Slice SmackProcessLabel SocketBindAllow'
      + ' SocketBindDeny StandardError StandardInput StandardInputData StandardInputText StandardOutput'
      + ' StartupAllowedCPUs StartupAllowedMemoryNodes StartupCPUWeight StartupIOWeight StartupMemoryHigh'
      + ' StartupMemoryLow StartupMemoryMax StartupMemorySwapMax StartupMemoryZSwapMax StateDirectory'
      + ' StateDirectoryAccounting StateDirectoryMode StateDirectoryQuota SupplementaryGroups'
      + ' SyslogFacility SyslogIdentifier SyslogLevel SyslogLevelPrefix SystemCallArchitectures'
      + ' SystemCallErrorNumber SystemCallFilter SystemCallLog TTYColumns TTYPath TTYReset TTYRows'
      + ' TTYVHangup TTYVTDisallocate TasksAccounting TasksMax TemporaryFileSystem TimeoutCleanSec'
      + ' TimeoutSec TimerSlackNSec UMask UnsetEnvironment User UserNamespacePath UtmpIdentifier UtmpMode'
      + ' WatchdogSignal What WorkingDirectory',
  Timer:
    'AccuracySec DeferReactivation FixedRandomDelay OnActiveSec OnBootSec OnCalendar OnClockChange'
      + ' OnStartupSec OnTimezoneChange OnUnitActiveSec OnUnitInactiveSec Persistent RandomizedDelaySec'
      + ' RandomizedOffsetSec RemainAfterElapse Unit WakeSystem',
  Path:
    'DirectoryMode DirectoryNotEmpty MakeDirectory PathChanged PathExists PathExistsGlob PathModified'
      + ' TriggerLimitBurst TriggerLimitIntervalSec Unit',
  Slice:
    'ActivatingConcurrencyMax AllowedCPUs AllowedMemoryNodes BPFProgram BindNetworkInterface'
      + ' CPUPressureThresholdSec CPUPressureWatch CPUQuota CPUQuotaPeriodSec CPUSetPartition CPUWeight'
      + ' ConcurrencyHardMax ConcurrencySoftMax CoredumpReceive Delegate DelegateSubgroup DeviceAllow'
      + ' DevicePolicy DisableControllers IOAccounting IODeviceLatencyTargetSec IODeviceWeight'
      + ' IOPressureThresholdSec IOPressureWatch IOReadBandwidthMax IOReadIOPSMax IOWeight'
      + ' IOWriteBandwidthMax IOWriteIOPSMax IPAccounting IPAddressAllow IPAddressDeny IPEgressFilterPath'
      + ' IPIngressFilterPath ManagedOOMMemoryPressure ManagedOOMMemoryPressureDurationSec'
      + ' ManagedOOMMemoryPressureLimit ManagedOOMPreference ManagedOOMSwap MemoryAccounting MemoryHigh'
      + ' MemoryLow MemoryMax MemoryMin MemoryPressureThresholdSec MemoryPressureWatch MemorySwapMax'
      + ' MemoryZSwapMax MemoryZSwapWriteback NFTSet OOMRules RestrictNetworkInterfaces Slice'
      + ' SocketBindAllow SocketBindDeny StartupAllowedCPUs StartupAllowedMemoryNodes StartupCPUWeight'
      + ' StartupIOWeight StartupMemoryHigh StartupMemoryLow StartupMemoryMax StartupMemorySwapMax'
      + ' StartupMemoryZSwapMax TasksAccounting TasksMax',
  Scope:
    'AllowedCPUs AllowedMemoryNodes BPFProgram BindNetworkInterface CPUPressureThresholdSec'
      + ' CPUPressureWatch CPUQuota CPUQuotaPeriodSec CPUSetPartition CPUWeight CoredumpReceive Delegate'
      + ' DelegateSubgroup DeviceAllow DevicePolicy DisableControllers FinalKillSignal IOAccounting'
      + ' IODeviceLatencyTargetSec IODeviceWeight IOPressureThresholdSec IOPressureWatch'
      + ' IOReadBandwidthMax IOReadIOPSMax IOWeight IOWriteBandwidthMax IOWriteIOPSMax IPAccounting'
      + ' IPAddressAllow IPAddressDeny IPEgressFilterPath IPIngressFilterPath KillMode KillSignal'
      + ' ManagedOOMMemoryPressure ManagedOOMMemoryPressureDurationSec ManagedOOMMemoryPressureLimit'
      + ' ManagedOOMPreference ManagedOOMSwap MemoryAccounting MemoryHigh MemoryLow MemoryMax MemoryMin'
      + ' MemoryPressureThresholdSec MemoryPressureWatch MemorySwapMax MemoryZSwapMax MemoryZSwapWriteback'
      + ' NFTSet OOMPolicy OOMRules RestartKillSignal RestrictNetworkInterfaces RuntimeMaxSec'
      + ' RuntimeRandomizedExtraSec SendSIGHUP SendSIGKILL Slice SocketBindAllow SocketBindDeny'
      + ' StartupAllowedCPUs StartupAllowedMemoryNodes StartupCPUWeight StartupIOWeight StartupMemoryHigh'
      + ' StartupMemoryLow StartupMemoryMax StartupMemorySwapMax StartupMemoryZSwapMax TasksAccounting'
      + ' TasksMax WatchdogSignal',
};

/** Keys the unit parser still accepts but the manual no longer documents (renamed or removed). */
const LEGACY: Record<string, string> = {
  Unit:
    'BindTo IgnoreOnSnapshot OnFailureIsolate PropagateReloadFrom PropagateReloadTo'
      + ' RequiresOverridable RequisiteOverridable StartLimitInterval',
  Service:
    'BlockIOAccounting BlockIODeviceWeight BlockIOReadBandwidth BlockIOWeight BlockIOWriteBandwidth'
      + ' BusPolicy CPUAccounting CPUShares Capabilities DefaultMemoryLow DefaultMemoryMin'
      + ' DefaultStartupMemoryLow FailureAction InaccessibleDirectories MemoryLimit NetClass'
      + ' PermissionsStartOnly ReadOnlyDirectories ReadWriteDirectories RebootArgument'
      + ' StandardErrorFileDescriptor StandardInputFileDescriptor StandardOutputFileDescriptor'
      + ' StartLimitAction StartLimitBurst StartLimitInterval StartupBlockIOWeight StartupCPUShares'
      + ' SysVStartPriority',
  Socket:
    'BlockIOAccounting BlockIODeviceWeight BlockIOReadBandwidth BlockIOWeight BlockIOWriteBandwidth'
      + ' CPUAccounting CPUShares Capabilities DefaultMemoryLow DefaultMemoryMin DefaultStartupMemoryLow'
      + ' InaccessibleDirectories MemoryLimit NetClass ReadOnlyDirectories ReadWriteDirectories'
      + ' StartupBlockIOWeight StartupCPUShares',
  Mount:
    'BlockIOAccounting BlockIODeviceWeight BlockIOReadBandwidth BlockIOWeight BlockIOWriteBandwidth'
      + ' CPUAccounting CPUShares Capabilities DefaultMemoryLow DefaultMemoryMin DefaultStartupMemoryLow'
      + ' InaccessibleDirectories MemoryLimit NetClass ReadOnlyDirectories ReadWriteDirectories'
      + ' StartupBlockIOWeight StartupCPUShares',
  Swap:
    'BlockIOAccounting BlockIODeviceWeight BlockIOReadBandwidth BlockIOWeight BlockIOWriteBandwidth'
      + ' CPUAccounting CPUShares Capabilities DefaultMemoryLow DefaultMemoryMin DefaultStartupMemoryLow'
      + ' InaccessibleDirectories MemoryLimit NetClass ReadOnlyDirectories ReadWriteDirectories'
      + ' StartupBlockIOWeight StartupCPUShares',
  Slice:
    'BlockIOAccounting BlockIODeviceWeight BlockIOReadBandwidth BlockIOWeight BlockIOWriteBandwidth'
      + ' CPUAccounting CPUShares DefaultMemoryLow DefaultMemoryMin DefaultStartupMemoryLow MemoryLimit'
      + ' NetClass StartupBlockIOWeight StartupCPUShares',
  Scope:
    'BlockIOAccounting BlockIODeviceWeight BlockIOReadBandwidth BlockIOWeight BlockIOWriteBandwidth'
      + ' CPUAccounting CPUShares DefaultMemoryLow DefaultMemoryMin DefaultStartupMemoryLow MemoryLimit'
      + ' NetClass StartupBlockIOWeight StartupCPUShares TimeoutStopSec',
};
// END GENERATED

/**
 * What replaced a legacy key, as systemd's own manuals and its parser's
 * deprecation warnings say (systemd.resource-control(5) "Deprecated options",
 * systemd.exec(5), systemd.unit(5), load-fragment-gperf.gperf). `removed`: systemd
 * logs that support was removed and ignores the line. Keys absent here stay quiet.
 */
export const LEGACY_REPLACEMENTS: Record<string, { use?: string; section?: string; removed?: boolean; note?: string }> = {
  MemoryLimit: { use: 'MemoryMax' },
  CPUShares: { use: 'CPUWeight' },
  StartupCPUShares: { use: 'StartupCPUWeight' },
  BlockIOAccounting: { use: 'IOAccounting' },
  BlockIOWeight: { use: 'IOWeight' },
  StartupBlockIOWeight: { use: 'StartupIOWeight' },
  BlockIODeviceWeight: { use: 'IODeviceWeight' },
  BlockIOReadBandwidth: { use: 'IOReadBandwidthMax' },
  BlockIOWriteBandwidth: { use: 'IOWriteBandwidthMax' },
  ReadOnlyDirectories: { use: 'ReadOnlyPaths' },
  ReadWriteDirectories: { use: 'ReadWritePaths' },
  InaccessibleDirectories: { use: 'InaccessiblePaths' },
  BindTo: { use: 'BindsTo' },
  StartLimitInterval: { use: 'StartLimitIntervalSec', section: 'Unit' },
  PermissionsStartOnly: { note: 'prefix the commands that need privileges with `+` (`ExecStartPre=+/usr/bin/…`)' },
  Capabilities: { removed: true, note: 'use `AmbientCapabilities=` / `CapabilityBoundingSet=`' },
  NetClass: { removed: true },
  SysVStartPriority: { removed: true },
  BusPolicy: { removed: true },
  IgnoreOnSnapshot: { removed: true },
  RequiresOverridable: { removed: true, note: 'use `Requires=`' },
  RequisiteOverridable: { removed: true, note: 'use `Requisite=`' },
};

/**
 * Keys documented only in [Unit] that old units still write in [Service] (moved in
 * systemd 229; both places are read). FailureAction= is left out: systemd's own
 * current units (systemd-sysinstall.service) still set it in [Service].
 */
export const MOVED_TO_UNIT = ['StartLimitBurst', 'StartLimitAction'];
