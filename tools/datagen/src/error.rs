use std::fmt;

/// What is wrong in `data/`, and where: the file, the entry, the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub entry: String,
    pub problem: String,
}

impl DataError {
    pub fn new(file: &str, entry: &str, problem: impl Into<String>) -> Self {
        DataError { file: file.to_owned(), entry: entry.to_owned(), problem: problem.into() }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "data/{}: {}: {}", self.file, self.entry, self.problem)
    }
}

impl std::error::Error for DataError {}
