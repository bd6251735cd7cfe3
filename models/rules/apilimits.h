#pragma once

namespace wsc {

/**
 * Every numeric limit of CreateDesktop and AttachInstances that the rules check, with its
 * source: S000/S004 are the seed pages, "model" the official SDK models
 * (workspace-sdk-operations.md), R1.2/R1.3/R5 workspace-api.md. docs/RULES.md lists them all.
 */
namespace ApiLimits {

// Identifiers (R1.2: OAS maxLength).
constexpr int IdMax = 255;
constexpr int AvailabilityZoneMax = 255;
constexpr int EnterpriseProjectIdMax = 36; // R1.2; R5
constexpr int PolicyIdMax = 36;            // R1.3 desktop_name_policy_id
constexpr int KmsIdMax = 64;               // Decision: a KMS key id is a UUID (36); 64 leaves room
constexpr int DesktopIpsMax = 100;         // model desktop_ips: "最小为0，最大为100"
constexpr int OsHostNameMax = 15;          // R1.2 os_host_name 1–15
constexpr int CopyVolumeIdsMax = 10; // R1.2 copy_volume_ids ≤ 10 (a desktop has ≤ 10 data disks)

// E-mail (RFC 5321 §4.5.3.1: local part ≤ 64; R1.2: user_email ≤ 255).
constexpr int EmailMax = 255;
constexpr int EmailLocalPartMax = 64;

// user_phone: R5 (Workspace user phone ≤ 20); S000 and the model give no format.
constexpr int PhoneMax = 20;

// user_name. S000 Table 7: LITE_AD and LOCAL_AD 1–20 on create (the seed wins over the model's 32).
constexpr int CreateUserNameMax = 20;
// S004 表4 flat user_name: LOCAL_AD 1–32, Windows ≤ 20, Linux ≤ 32.
constexpr int AttachUserNameMax = 32;
// S004 表5 attach_user_infos[].user_name: LOCAL_AD 1–64, Windows ≤ 20, Linux ≤ 64.
constexpr int AttachInfoUserNameMax = 64;
constexpr int LiteAsUserNameMax = 20;  // S000; S004
constexpr int WindowsUserNameMax = 20; // S004

// Names. S000: computer_name 1–15; model: a Chinese character counts 2.
constexpr int ComputerNameMax = 15;
// S000 desktop_name: 1–15 with size 1, a prefix of 1–13 with size > 1.
constexpr int DesktopNameMax = 15;
constexpr int DesktopNameBatchPrefixMax = 13;
// desktop_name_prefix: no source gives a length; it is a prefix like desktop_name's, so 13.
constexpr int DesktopNamePrefixMax = 13;

// Disks. S000 Table 4: system 80–32760, data 10–32760, multiples of 10; R1.2: ≤ 10 data disks.
constexpr int SystemDiskMin = 80;
constexpr int DataDiskMin = 10;
constexpr int DiskMax = 32760;
constexpr int DiskStep = 10;
constexpr int DataVolumesMax = 10;
// iops/throughput: the model defines both on every Volume with no limit; the OAS bounds (R5)
// are what the API schema refuses. The GPSSD2 ranges (R5, TF doc) only give a warning.
constexpr int IopsMax = 16380000;
constexpr int ThroughputMax = 4095000;
constexpr int Gpssd2IopsMin = 3000;
constexpr int Gpssd2IopsMax = 12800;
constexpr int Gpssd2ThroughputMin = 125;
constexpr int Gpssd2ThroughputMax = 1000;

// Network. R1.2; R5.
constexpr int NicsMax = 5;
constexpr int SecurityGroupsMax = 5;
constexpr int BandwidthMin = 1;
constexpr int BandwidthMax = 2000;

// Tags. S000 Table 8: key ≤ 128, value ≤ 43 Unicode characters; R1.2: ≤ 20 tags.
constexpr int TagsMax = 20;
constexpr int TagKeyMax = 128;
constexpr int TagValueMax = 43;

// AttachInstances. R1.3; R5.
constexpr int AttachUserInfosMax = 500;

// Desktops per request. S000: CreateDesktop takes 50 desktops (the service accepts 100, so a
// profile may raise it); S004: AttachInstances takes 50. The day-2 batches take 100.
constexpr int CreateCapDefault = 50;
constexpr int CreateCapMax = 100;
constexpr int AttachCapDefault = 50;
constexpr int AttachCapMax = 50;
constexpr int ActionCapDefault = 100;

// The wizard's own bound on desktops of one request: no source limits the count (it is sent in
// chunks of the create cap), this only keeps a typo from planning a million desktops.
constexpr int WizardDesktopsMax = 10000;

// User groups: the service documents no length, so the console's own bound (a name a list
// column can show; the emulator's bound too).
constexpr int GroupNameMax = 64;
constexpr int GroupDescriptionMax = 255;

} // namespace ApiLimits

} // namespace wsc
