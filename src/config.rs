//! The configuration file: accounts and app settings as TOML in the platform's config folder.
//!
//! Writing is atomic (temp file, fsync, rename) with mode 0600. Loading never blocks start-up: unknown
//! keys are ignored, invalid values fall back to defaults (and are reported), and a file that cannot
//! be parsed at all is moved aside to `config.toml.broken-<time>` before anything new is written.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::account::{Account, InputError};

/// Where Outpost keeps its files.
#[derive(Debug, Clone)]
pub struct Paths {
    pub config_dir: PathBuf,
    pub data_dir: PathBuf,
}

impl Paths {
    /// The platform folders (`$XDG_CONFIG_HOME/outpost`, `$XDG_DATA_HOME/outpost` on Linux).
    pub fn platform() -> Option<Paths> {
        let dirs = directories::ProjectDirs::from("org", "Outpost", "Outpost")?;
        Some(Paths {
            config_dir: dirs.config_dir().to_path_buf(),
            data_dir: dirs.data_dir().to_path_buf(),
        })
    }

    /// A fresh folder of this process's own under the temp folder, for a start without a home
    /// folder: created exclusively and private, never a shared name another user could prepare.
    pub fn private_temporary() -> Paths {
        let base = std::env::temp_dir();
        let dir = (0..16)
            .map(|_| {
                base.join(format!(
                    "outpost-{}-{:08x}",
                    std::process::id(),
                    fastrand::u32(..)
                ))
            })
            .find(|d| crate::storage::private_dir_builder().create(d).is_ok())
            .unwrap_or_else(|| base.join(format!("outpost-{}", std::process::id())));
        Paths {
            config_dir: dir.join("config"),
            data_dir: dir.join("data"),
        }
    }

    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("config.toml")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

/// App-wide preferences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub theme: ThemeChoice,
    /// A language tag such as "de"; `None` follows the system.
    pub language: Option<String>,
    /// How many days the sent log keeps its records.
    pub sent_log_days: u32,
    /// Seconds after Send during which "Undo" takes the message back (0: send at once).
    pub undo_send_secs: u32,
    /// The size of text and controls in the window, in per cent (100–150).
    pub text_scale: u16,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            theme: ThemeChoice::System,
            language: None,
            sent_log_days: 90,
            undo_send_secs: 5,
            text_scale: 100,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Config {
    pub preferences: Preferences,
    #[serde(rename = "account")]
    pub accounts: Vec<Account>,
    /// Client registrations for OAuth2 sign-in (`[oauth2.google]`, `[oauth2.microsoft]`).
    #[serde(skip_serializing_if = "crate::oauth::Registrations::is_empty")]
    pub oauth2: crate::oauth::Registrations,
}

/// Something the user should hear about after loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadWarning {
    /// The file could not be read as TOML; it was kept under `backup` and Outpost started empty.
    Broken { backup: PathBuf },
    /// A value had the wrong type or was invalid; the default was used instead.
    InvalidValue { section: String, key: String },
    /// Two accounts had the same name; the later one was renamed.
    DuplicateAccount { name: String, renamed_to: String },
}

impl LoadWarning {
    pub fn message(&self) -> String {
        use crate::fl;
        match self {
            LoadWarning::Broken { backup } => {
                fl!("config-broken", backup = backup.display().to_string())
            }
            LoadWarning::InvalidValue { section, key } => {
                fl!(
                    "config-invalid-value",
                    section = section.as_str(),
                    key = key.as_str()
                )
            }
            LoadWarning::DuplicateAccount { name, renamed_to } => fl!(
                "config-duplicate-account",
                name = name.as_str(),
                renamed = renamed_to.as_str()
            ),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read or write {path:?}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("no home folder")]
    NoHome,
    /// The file is not TOML right now (being rewritten in place, or damaged): the settings in
    /// memory stay; only a start-up read sets such a file aside.
    #[error("{path:?} cannot be parsed")]
    Unparseable { path: PathBuf },
}

impl ConfigError {
    pub fn message(&self) -> String {
        use crate::fl;
        match self {
            ConfigError::Io { path, source } => fl!(
                "config-io-error",
                path = path.display().to_string(),
                reason = crate::i18n::io_reason(source)
            ),
            ConfigError::NoHome => fl!("config-no-home"),
            ConfigError::Unparseable { path } => {
                fl!("config-unparseable", path = path.display().to_string())
            }
        }
    }
}

/// The configuration with the file it came from.
#[derive(Debug, Clone)]
pub struct Store {
    pub paths: Paths,
    pub config: Config,
}

impl Store {
    /// Loads from the platform folders.
    pub fn open() -> Result<(Store, Vec<LoadWarning>), ConfigError> {
        let paths = Paths::platform().ok_or(ConfigError::NoHome)?;
        Store::open_at(paths)
    }

    /// The start-up read: the one read that may set an unparseable file aside, and only under the
    /// configuration lock, so it never takes a file another process is writing.
    pub fn open_at(paths: Paths) -> Result<(Store, Vec<LoadWarning>), ConfigError> {
        let _lock = if paths.config_dir.is_dir() {
            let lock = paths.config_dir.join("config.lock");
            crate::storage::FileLock::exclusive(&lock)
                .map_err(|source| ConfigError::Io { path: lock, source })
                .map(Some)?
        } else {
            None
        };
        let (config, warnings) = load(&paths.config_file())?;
        Ok((Store { paths, config }, warnings))
    }

    pub fn save(&self) -> Result<(), ConfigError> {
        save(&self.paths.config_file(), &self.config)
    }

    pub fn account(&self, name: &str) -> Result<&Account, InputError> {
        self.config
            .accounts
            .iter()
            .find(|a| a.name == name)
            .ok_or_else(|| InputError::UnknownAccount { name: name.into() })
    }

    /// The default account, or the first one.
    pub fn default_account(&self) -> Option<&Account> {
        self.config
            .accounts
            .iter()
            .find(|a| a.default)
            .or_else(|| self.config.accounts.first())
    }

    /// Adds a validated account; the first one becomes the default.
    pub fn add_account(&mut self, mut account: Account) -> Result<(), InputError> {
        account.validate()?;
        if self.config.accounts.iter().any(|a| a.name == account.name) {
            return Err(InputError::AccountExists { name: account.name });
        }
        if self.config.accounts.is_empty() {
            account.default = true;
        } else if account.default {
            self.config
                .accounts
                .iter_mut()
                .for_each(|a| a.default = false);
        }
        self.config.accounts.push(account);
        Ok(())
    }

    /// Replaces the account called `name` (which may be renamed by `account`).
    pub fn update_account(&mut self, name: &str, account: Account) -> Result<(), InputError> {
        account.validate()?;
        let index = self
            .config
            .accounts
            .iter()
            .position(|a| a.name == name)
            .ok_or_else(|| InputError::UnknownAccount { name: name.into() })?;
        if account.name != name && self.config.accounts.iter().any(|a| a.name == account.name) {
            return Err(InputError::AccountExists { name: account.name });
        }
        if account.default {
            self.config
                .accounts
                .iter_mut()
                .for_each(|a| a.default = false);
        }
        self.config.accounts[index] = account;
        Ok(())
    }

    pub fn set_default(&mut self, name: &str) -> Result<(), InputError> {
        self.account(name)?;
        for a in &mut self.config.accounts {
            a.default = a.name == name;
        }
        Ok(())
    }

    /// Removes the account from the configuration (the caller removes its keychain entry).
    pub fn remove_account(&mut self, name: &str) -> Result<Account, InputError> {
        let index = self
            .config
            .accounts
            .iter()
            .position(|a| a.name == name)
            .ok_or_else(|| InputError::UnknownAccount { name: name.into() })?;
        let removed = self.config.accounts.remove(index);
        if removed.default
            && let Some(first) = self.config.accounts.first_mut()
        {
            first.default = true;
        }
        Ok(removed)
    }
}

/// Reads the file at start-up; a missing file is an empty configuration, and one that cannot be
/// parsed is set aside (`config.toml.broken-…`) and Outpost starts empty, saying so.
pub fn load(path: &Path) -> Result<(Config, Vec<LoadWarning>), ConfigError> {
    match read(path) {
        Err(ConfigError::Unparseable { .. }) => {
            let backup = keep_broken(path)?;
            Ok((Config::default(), vec![LoadWarning::Broken { backup }]))
        }
        other => other,
    }
}

/// Reads the file as it is now, moving nothing: an unparseable file is an error and stays where it
/// is (a reload or a change keeps what it had and tries again later).
pub fn read(path: &Path) -> Result<(Config, Vec<LoadWarning>), ConfigError> {
    let text = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((Config::default(), vec![])),
        Err(source) => {
            return Err(ConfigError::Io {
                path: path.into(),
                source,
            });
        }
    };
    parse(&text).ok_or_else(|| ConfigError::Unparseable { path: path.into() })
}

/// The in-memory half of [`load`]: `None` when the bytes are not TOML at all (the file is then set
/// aside). Public for the fuzz targets, which feed it arbitrary text.
#[doc(hidden)]
pub fn parse(text: &[u8]) -> Option<(Config, Vec<LoadWarning>)> {
    let table = std::str::from_utf8(text)
        .ok()?
        .parse::<toml::Table>()
        .ok()?;
    Some(from_table(table))
}

fn keep_broken(path: &Path) -> Result<PathBuf, ConfigError> {
    // UTC, e.g. `20250102T030405Z`.
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut backup = path.with_file_name(format!("{name}.broken-{stamp}"));
    let mut n = 1;
    while backup.exists() {
        n += 1;
        backup = path.with_file_name(format!("{name}.broken-{stamp}-{n}"));
    }
    fs::rename(path, &backup).map_err(|source| ConfigError::Io {
        path: path.into(),
        source,
    })?;
    Ok(backup)
}

/// The accounts written as named tables (`[accounts.NAME]`, `[accounts.NAME.imap]`), as a person
/// may write them by hand: each becomes an account of that name.
fn named_accounts(
    table: &mut toml::Table,
    accounts: &mut Vec<Account>,
    warnings: &mut Vec<LoadWarning>,
) {
    match table.remove("accounts") {
        Some(toml::Value::Table(named)) => {
            for (name, item) in named {
                let section = format!("accounts.{name}");
                match item {
                    toml::Value::Table(mut t) => {
                        t.entry("name")
                            .or_insert_with(|| toml::Value::String(name.clone()));
                        accounts.push(tolerant::<Account>(t, &section, warnings))
                    }
                    _ => warnings.push(LoadWarning::InvalidValue {
                        section,
                        key: String::new(),
                    }),
                }
            }
        }
        Some(_) => warnings.push(LoadWarning::InvalidValue {
            section: "accounts".into(),
            key: String::new(),
        }),
        None => {}
    }
}

fn from_table(mut table: toml::Table) -> (Config, Vec<LoadWarning>) {
    let mut warnings = Vec::new();
    let preferences = match table.remove("preferences") {
        Some(toml::Value::Table(t)) => tolerant::<Preferences>(t, "preferences", &mut warnings),
        Some(_) => {
            warnings.push(LoadWarning::InvalidValue {
                section: "preferences".into(),
                key: String::new(),
            });
            Preferences::default()
        }
        None => Preferences::default(),
    };
    let oauth2 = match table.remove("oauth2") {
        Some(toml::Value::Table(t)) => {
            let mut r = crate::oauth::Registrations::default();
            for (key, value) in t {
                let section = format!("oauth2.{key}");
                let slot = match key.as_str() {
                    "google" => &mut r.google,
                    "microsoft" => &mut r.microsoft,
                    _ => continue,
                };
                match value {
                    toml::Value::Table(t) => *slot = Some(tolerant(t, &section, &mut warnings)),
                    _ => warnings.push(LoadWarning::InvalidValue {
                        section,
                        key: String::new(),
                    }),
                }
            }
            r
        }
        Some(_) => {
            warnings.push(LoadWarning::InvalidValue {
                section: "oauth2".into(),
                key: String::new(),
            });
            Default::default()
        }
        None => Default::default(),
    };
    crate::oauth::use_registrations(&oauth2);
    let mut accounts: Vec<Account> = Vec::new();
    match table.remove("account") {
        Some(toml::Value::Array(items)) => {
            for (i, item) in items.into_iter().enumerate() {
                let section = format!("account[{i}]");
                match item {
                    toml::Value::Table(t) => {
                        accounts.push(tolerant::<Account>(t, &section, &mut warnings))
                    }
                    _ => warnings.push(LoadWarning::InvalidValue {
                        section,
                        key: String::new(),
                    }),
                }
            }
        }
        Some(_) => warnings.push(LoadWarning::InvalidValue {
            section: "account".into(),
            key: String::new(),
        }),
        None => {}
    }
    named_accounts(&mut table, &mut accounts, &mut warnings);
    fix_names(&mut accounts, &mut warnings);
    if accounts.iter().filter(|a| a.default).count() != 1 {
        let keep = accounts.iter().position(|a| a.default).unwrap_or(0);
        for (i, a) in accounts.iter_mut().enumerate() {
            a.default = i == keep;
        }
    }
    (
        Config {
            preferences,
            accounts,
            oauth2,
        },
        warnings,
    )
}

fn fix_names(accounts: &mut [Account], warnings: &mut Vec<LoadWarning>) {
    let mut seen = std::collections::HashSet::new();
    for a in accounts.iter_mut() {
        if a.name.trim().is_empty() {
            a.name = if a.email.is_empty() {
                "account".into()
            } else {
                a.email.clone()
            };
        }
        if !seen.insert(a.name.clone()) {
            let original = a.name.clone();
            let mut n = 2;
            while seen.contains(&format!("{original} ({n})")) {
                n += 1;
            }
            a.name = format!("{original} ({n})");
            seen.insert(a.name.clone());
            warnings.push(LoadWarning::DuplicateAccount {
                name: original,
                renamed_to: a.name.clone(),
            });
        }
    }
}

/// Deserializes `T` key by key on top of its defaults, so one bad value costs only that value.
fn tolerant<T>(input: toml::Table, section: &str, warnings: &mut Vec<LoadWarning>) -> T
where
    T: DeserializeOwned + Serialize + Default,
{
    if let Ok(value) = T::deserialize(toml::Value::Table(input.clone())) {
        return value;
    }
    let mut accepted = toml::Table::new();
    let mut value = T::default();
    for (key, v) in input {
        let mut candidate = accepted.clone();
        candidate.insert(key.clone(), v);
        match T::deserialize(toml::Value::Table(candidate.clone())) {
            Ok(parsed) => {
                accepted = candidate;
                value = parsed;
            }
            Err(_) => warnings.push(LoadWarning::InvalidValue {
                section: section.into(),
                key,
            }),
        }
    }
    value
}

/// Writes atomically with owner-only permissions.
pub fn save(path: &Path, config: &Config) -> Result<(), ConfigError> {
    let text = toml::to_string_pretty(config).expect("the configuration always serializes");
    write_private(path, text.as_bytes())
}

/// Writes `bytes` to `path` through a temp file in the same folder: the old content or the new one,
/// never a mix. Mode 0600 on Unix, in a folder only the user can enter.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), ConfigError> {
    let io_err = |source| ConfigError::Io {
        path: path.into(),
        source,
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    crate::storage::private_dir(dir).map_err(io_err)?;
    crate::storage::write_atomic(path, bytes, true).map_err(io_err)
}

/// What a change of the configuration can run into.
#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Config(#[from] ConfigError),
}

impl ChangeError {
    pub fn message(&self) -> String {
        match self {
            ChangeError::Input(e) => e.message(),
            ChangeError::Config(e) => e.message(),
        }
    }
}

/// The file's identity as far as "did it change?" goes: modification time and length.
pub type Stamp = Option<(std::time::SystemTime, u64)>;

pub fn stamp(path: &Path) -> Stamp {
    let m = fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

impl Store {
    /// Applies `change` to the configuration as it is on disk now, writes the result and adopts it.
    /// Several processes (the window, the command line) may change the file: each change is made
    /// to the latest version under a lock, so none undoes another. A file that cannot be read is
    /// never replaced: the change fails instead.
    pub fn modify<T>(
        &mut self,
        change: impl FnOnce(&mut Store) -> Result<T, InputError>,
    ) -> Result<T, ChangeError> {
        let path = self.paths.config_file();
        let io_err = |source| ConfigError::Io {
            path: path.clone(),
            source,
        };
        crate::storage::private_dir(&self.paths.config_dir).map_err(io_err)?;
        let _lock = crate::storage::FileLock::exclusive(&self.paths.config_dir.join("config.lock"))
            .map_err(io_err)?;
        let (config, _) = read(&path)?;
        let mut fresh = Store {
            paths: self.paths.clone(),
            config,
        };
        let result = change(&mut fresh)?;
        fresh.save()?;
        *self = fresh;
        Ok(result)
    }

    /// Held while an account is added (the name checked, its secret stored, the account saved):
    /// two adds of one name in two processes take turns, so the one that finds the name taken
    /// never touches the keychain entry of the one that saved it.
    pub fn lock_adding(&self) -> Result<crate::storage::FileLock, ConfigError> {
        let path = self.paths.config_dir.join("accounts-add.lock");
        let io_err = |source| ConfigError::Io {
            path: path.clone(),
            source,
        };
        crate::storage::private_dir(&self.paths.config_dir).map_err(io_err)?;
        crate::storage::FileLock::exclusive(&path).map_err(io_err)
    }

    /// Reads the file again (after another process changed it). On failure the copy in memory
    /// stays as it was.
    pub fn reload(&mut self) -> Result<Vec<LoadWarning>, ConfigError> {
        let (config, warnings) = read(&self.paths.config_file())?;
        self.config = config;
        Ok(warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Security;

    fn sample() -> Account {
        Account {
            name: "work".into(),
            display_name: "Ada Lovelace".into(),
            email: "ada@example.com".into(),
            server: crate::account::ServerSettings {
                host: "smtp.example.com".into(),
                port: 465,
                security: Security::Tls,
                username: "ada@example.com".into(),
                ..Default::default()
            },
            provider: None,
            default: true,
            daily_limit: None,
            oauth2: None,
            ..Default::default()
        }
    }

    #[test]
    fn round_trip_is_private_and_exact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.toml");
        let config = Config {
            preferences: Preferences {
                theme: ThemeChoice::Dark,
                language: Some("de".into()),
                sent_log_days: 30,
                undo_send_secs: 5,
                text_scale: 130,
            },
            accounts: vec![sample()],
            oauth2: Default::default(),
        };
        save(&path, &config).unwrap();
        let (loaded, warnings) = load(&path).unwrap();
        assert_eq!(loaded, config);
        assert!(warnings.is_empty());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        let leftovers: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temp file left behind");
    }

    #[test]
    fn named_account_tables_with_imap_settings_load_and_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        fs::write(
            &path,
            r#"
            [accounts.home]
            email = "ada@example.org"
            host = "smtp.example.org"
            port = 465
            security = "tls"
            username = "ada@example.org"
            save_sent = "imap"
            [accounts.home.imap]
            host = "imap.example.org"
            port = 143
            security = "starttls"
            user = "ada"
            "#,
        )
        .unwrap();
        let (loaded, warnings) = load(&path).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        let a = &loaded.accounts[0];
        assert_eq!(a.name, "home");
        assert_eq!(a.save_sent, crate::account::SaveSent::Imap);
        let imap = a.imap.as_ref().unwrap();
        assert_eq!(
            (
                imap.host.as_str(),
                imap.port,
                imap.security,
                imap.user.as_str()
            ),
            (
                "imap.example.org",
                143,
                crate::account::Security::StartTls,
                "ada"
            )
        );
        save(&path, &loaded).unwrap();
        assert_eq!(load(&path).unwrap().0, loaded);
    }

    #[test]
    fn unknown_and_missing_fields_fall_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        fs::write(
            &path,
            r#"
            future_setting = 3
            [preferences]
            theme = "purple"
            [[account]]
            name = "home"
            email = "me@example.org"
            host = "smtp.example.org"
            port = "not a number"
            security = "tls"
            colour = "blue"
            "#,
        )
        .unwrap();
        let (config, warnings) = load(&path).unwrap();
        assert_eq!(config.preferences.theme, ThemeChoice::System);
        let a = &config.accounts[0];
        assert_eq!(a.server.host, "smtp.example.org");
        assert_eq!(a.server.security, Security::Tls);
        assert_eq!(a.server.port, 587, "invalid port falls back to the default");
        assert!(a.default, "a lone account becomes the default");
        assert!(warnings.contains(&LoadWarning::InvalidValue {
            section: "account[0]".into(),
            key: "port".into()
        }));
        assert!(warnings.contains(&LoadWarning::InvalidValue {
            section: "preferences".into(),
            key: "theme".into()
        }));
    }

    #[test]
    fn broken_file_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        fs::write(&path, "[[account]\nname = ").unwrap();
        let (config, warnings) = load(&path).unwrap();
        assert!(config.accounts.is_empty());
        let [LoadWarning::Broken { backup }] = warnings.as_slice() else {
            panic!("expected one Broken warning, got {warnings:?}")
        };
        assert!(!path.exists());
        assert_eq!(fs::read_to_string(backup).unwrap(), "[[account]\nname = ");
        assert!(
            backup
                .file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("config.toml.broken-")
        );
        assert!(warnings[0].message().contains("config.toml.broken-"));
    }

    #[test]
    fn duplicate_names_are_renamed() {
        let mut table = toml::Table::new();
        let a = toml::Value::try_from(sample()).unwrap();
        table.insert("account".into(), toml::Value::Array(vec![a.clone(), a]));
        let (config, warnings) = from_table(table);
        assert_eq!(config.accounts[1].name, "work (2)");
        assert_eq!(config.accounts.iter().filter(|a| a.default).count(), 1);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn store_add_remove_default() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths {
            config_dir: dir.path().into(),
            data_dir: dir.path().into(),
        };
        let (mut store, _) = Store::open_at(paths.clone()).unwrap();
        let mut first = sample();
        first.default = false;
        store.add_account(first.clone()).unwrap();
        assert!(store.config.accounts[0].default);
        assert_eq!(
            store.add_account(first.clone()).unwrap_err().code(),
            "account_exists"
        );
        let mut second = sample();
        second.name = "home".into();
        second.default = false;
        store.add_account(second).unwrap();
        store.set_default("home").unwrap();
        store.save().unwrap();
        let (mut reopened, _) = Store::open_at(paths).unwrap();
        assert_eq!(reopened.default_account().unwrap().name, "home");
        reopened.remove_account("home").unwrap();
        assert_eq!(reopened.default_account().unwrap().name, "work");
        assert!(reopened.config.accounts[0].default);
        assert_eq!(
            reopened.remove_account("nope").unwrap_err().code(),
            "unknown_account"
        );
    }

    #[test]
    fn oauth2_registrations_load_tolerantly_and_round_trip() {
        let table: toml::Table = r#"
            [oauth2.google]
            client_id = "g-id"
            client_secret = "g-secret"
            [oauth2.microsoft]
            client_id = 5
            token_url = "http://127.0.0.1:1/token"
        "#
        .parse()
        .unwrap();
        let (config, warnings) = from_table(table);
        let google = config.oauth2.google.clone().unwrap();
        assert_eq!(google.client_id, "g-id");
        assert_eq!(google.client_secret.as_deref(), Some("g-secret"));
        let microsoft = config.oauth2.microsoft.clone().unwrap();
        assert_eq!(microsoft.client_id, "", "a wrong type falls back");
        assert_eq!(
            microsoft.token_url.as_deref(),
            Some("http://127.0.0.1:1/token")
        );
        assert!(warnings.contains(&LoadWarning::InvalidValue {
            section: "oauth2.microsoft".into(),
            key: "client_id".into()
        }));
        let text = toml::to_string_pretty(&config).unwrap();
        let (again, _) = from_table(text.parse().unwrap());
        assert_eq!(again.oauth2, config.oauth2);
    }
}
